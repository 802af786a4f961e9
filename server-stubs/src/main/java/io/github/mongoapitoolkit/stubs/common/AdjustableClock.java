package io.github.mongoapitoolkit.stubs.common;

import java.time.Duration;

/** A simulation clock a test, or the admin API, can move forward by hand. */
public interface AdjustableClock extends SimulationClock {

    void advance(Duration duration);
}
