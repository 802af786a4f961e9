package io.github.mongoapitoolkit.stubs.cloud;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A fixed one-minute window of requests per caller, as Atlas limits each key. A limit of 0 turns
 * limiting off (for load tests).
 */
public final class RateLimiter {

    /** What one request got: whether it may proceed, and the numbers the headers report. */
    public record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {
    }

    private static final long WINDOW_MILLIS = 60_000;

    private final int limit;
    private final LongSupplier clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** @param clock milliseconds of real time */
    public RateLimiter(int limitPerMinute, LongSupplier clock) {
        this.limit = limitPerMinute;
        this.clock = clock;
    }

    public boolean enabled() {
        return limit > 0;
    }

    public Decision acquire(String caller) {
        long now = clock.getAsLong();
        Window window = windows.compute(caller, (key, current) ->
                current == null || now - current.start >= WINDOW_MILLIS ? new Window(now, 1) : new Window(current.start, current.used + 1));
        long retryAfter = Math.max(1, (window.start + WINDOW_MILLIS - now + 999) / 1000);
        return new Decision(window.used <= limit, limit, Math.max(0, limit - window.used), retryAfter);
    }

    private record Window(long start, int used) {
    }
}
