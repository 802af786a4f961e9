package io.github.mongoapitoolkit.client.resilience;

import java.time.Duration;

/**
 * How long a client waits to connect and for a response, per attempt.
 *
 * @param connect time allowed to open the connection
 * @param read    time allowed between bytes of the response
 */
public record Timeouts(Duration connect, Duration read) {

    /** 5 s to connect, 30 s to read. */
    public static Timeouts defaults() {
        return new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));
    }
}
