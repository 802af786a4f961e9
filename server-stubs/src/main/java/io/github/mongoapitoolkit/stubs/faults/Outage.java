package io.github.mongoapitoolkit.stubs.faults;

import io.github.mongoapitoolkit.stubs.common.SimulationClock;
import java.time.Duration;

/**
 * A server that does not answer for a while, on the stub's clock: mongosync restarting, or busy
 * after a resume ("it may take two minutes or more for mongosync to respond ... it is safe to
 * retry", MongoDB's mongosync documentation since 1.7.3). On the stub's clock, not the wall clock,
 * so a test ends it by moving the clock rather than by waiting.
 */
final class Outage {

    private final SimulationClock clock;
    private long untilMillis = Long.MIN_VALUE;
    private Duration afterResume;

    Outage(SimulationClock clock) {
        this.clock = clock;
    }

    synchronized void openFor(Duration length) {
        untilMillis = Math.max(untilMillis, clock.millis() + length.toMillis());
    }

    synchronized void afterNextResume(Duration length) {
        afterResume = length;
    }

    /** Called when a resume succeeded: opens the outage a test asked for, once. */
    synchronized void resumed() {
        if (afterResume != null) {
            openFor(afterResume);
            afterResume = null;
        }
    }

    synchronized boolean isOn() {
        return clock.millis() < untilMillis;
    }

    synchronized void clear() {
        untilMillis = Long.MIN_VALUE;
        afterResume = null;
    }
}
