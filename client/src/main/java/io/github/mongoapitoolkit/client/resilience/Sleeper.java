package io.github.mongoapitoolkit.client.resilience;

import java.time.Duration;

/** How a retry waits; tests substitute one that moves a fake clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
