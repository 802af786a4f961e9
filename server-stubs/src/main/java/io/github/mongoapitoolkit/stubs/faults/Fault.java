package io.github.mongoapitoolkit.stubs.faults;

import java.time.Duration;
import java.util.Optional;

/**
 * What an operation does instead of answering normally: a status with the API's own error body
 * (and {@code Retry-After} for a 429), or a connection closed without an answer.
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
}
