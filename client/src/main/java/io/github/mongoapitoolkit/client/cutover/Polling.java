package io.github.mongoapitoolkit.client.cutover;

import io.github.mongoapitoolkit.client.resilience.Sleeper;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How a cutover helper waits for the next state: how often it polls, how long it waits in all
 * before giving up, how it sleeps and which clock tells the time. Tests against the stub pass a
 * sleeper that moves the stub's clock and that clock, so a two-hour wait takes no real time.
 *
 * @param interval time between two polls
 * @param timeout  the longest a helper waits for one state (ready, then complete) before it gives up
 * @param sleeper  how to wait between polls
 * @param millis   the clock the timeout is measured on, in milliseconds
 */
public record Polling(Duration interval, Duration timeout, Sleeper sleeper, LongSupplier millis) {

    public Polling {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, is " + interval);
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, is " + timeout);
        }
    }

    /** Every {@code interval}, up to {@code timeout}, sleeping for real on the system clock. */
    public static Polling every(Duration interval, Duration timeout) {
        return new Polling(interval, timeout, Sleeper.REAL, System::currentTimeMillis);
    }

    /** The same intervals, waited with this sleeper and measured on this clock. */
    public Polling on(Sleeper otherSleeper, LongSupplier otherMillis) {
        return new Polling(interval, timeout, otherSleeper, otherMillis);
    }
}
