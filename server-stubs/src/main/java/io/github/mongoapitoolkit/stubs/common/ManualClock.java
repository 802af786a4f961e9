package io.github.mongoapitoolkit.stubs.common;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when a test moves it. */
public final class ManualClock implements AdjustableClock {

    private final AtomicLong millis;

    /** A clock at 0. */
    public ManualClock() {
        this(0);
    }

    /** A clock at {@code startMillis}: simulated time is only ever read as differences, so any start is the same to a client. */
    public ManualClock(long startMillis) {
        millis = new AtomicLong(startMillis);
    }

    @Override
    public long millis() {
        return millis.get();
    }

    @Override
    public void advance(Duration duration) {
        millis.addAndGet(duration.toMillis());
    }
}
