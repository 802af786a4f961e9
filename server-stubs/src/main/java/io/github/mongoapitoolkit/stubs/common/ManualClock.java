package io.github.mongoapitoolkit.stubs.common;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when a test moves it. */
public final class ManualClock implements AdjustableClock {

    private final AtomicLong millis = new AtomicLong();

    @Override
    public long millis() {
        return millis.get();
    }

    @Override
    public void advance(Duration duration) {
        millis.addAndGet(duration.toMillis());
    }
}
