package io.github.mongoapitoolkit.stubs.faults;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What an operation does instead of answering normally: a status with the API's own error body
 * (and {@code Retry-After} for a 429), a connection closed without an answer, or the normal answer
 * sent late.
 */
public sealed interface Fault {

    /** The operation's declared error status, with the API's error body. */
    static Fault status(int status) {
        return new Status(status, Optional.empty());
    }

    /** 429 with the API's rate-limit body and {@code Retry-After: seconds}. */
    static Fault rateLimited(Duration retryAfter) {
        return new Status(429, Optional.of(retryAfter));
    }

    /** The connection is closed after the request is read, with no answer at all. */
    static Fault dropConnection() {
        return new DropConnection();
    }

    /**
     * The normal answer, sent {@code delay} of wall-clock time late (a slow network or server, for
     * a client's read timeout). The request waits without holding one of the server's threads.
     */
    static Fault delay(Duration delay) {
        return delay(delay, delay);
    }

    /** The normal answer, sent late by a delay drawn uniformly from {@code [min, max]} for each request. */
    static Fault delay(Duration min, Duration max) {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("A delay needs 0 <= min <= max: " + min + ", " + max);
        }
        return new Delay(min, max);
    }

    /** How the journal names it: {@code status 503}, {@code status 429 retry-after 2}, {@code dropped connection}. */
    String describe();

    record Status(int status, Optional<Duration> retryAfter) implements Fault {
        @Override
        public String describe() {
            return "status " + status + retryAfter.map(d -> " retry-after " + d.toSeconds()).orElse("");
        }
    }

    record DropConnection() implements Fault {
        @Override
        public String describe() {
            return "dropped connection";
        }
    }

    record Delay(Duration min, Duration max) implements Fault {

        /** This request's delay. */
        public Duration draw() {
            long spread = max.toNanos() - min.toNanos();
            return spread == 0 ? min : min.plusNanos(ThreadLocalRandom.current().nextLong(spread + 1));
        }

        @Override
        public String describe() {
            return min.equals(max) ? "delayed " + min.toMillis() + " ms"
                    : "delayed " + min.toMillis() + " to " + max.toMillis() + " ms";
        }
    }
}
