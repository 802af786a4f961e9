package io.github.mongoapitoolkit.client.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.jersey.client.ClientConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * What a client observes of Retry-After: one 429 with the header, then a 200, through the real
 * retrying connector; the one wait it takes is the case's (retry-after.csv). A date in the past
 * or a negative number is no wait at all, never a negative one; an unreadable header falls back
 * to the policy's backoff (1 s here).
 */
class RetryAfterTest {

    @ParameterizedTest(name = "Retry-After: \"{0}\" -> {1} s")
    @CsvFileSource(resources = "/retry-after.csv", numLinesToSkip = 1)
    void theWaitIsWhatTheHeaderSays(String header, long waitSeconds) throws Exception {
        String value = header == null ? null : header.startsWith("date:")
                ? DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(Long.parseLong(header.substring(5))))
                : header;
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            if (calls.getAndIncrement() == 0) {
                if (value != null) {
                    exchange.getResponseHeaders().add("Retry-After", value);
                }
                exchange.sendResponseHeaders(429, -1);
            } else {
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        server.start();
        List<Duration> waits = new CopyOnWriteArrayList<>();
        try {
            RetryPolicy policy = RetryPolicy.defaults().withJitter(0).withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(5))
                    .withSleeper(waits::add);
            var client = jakarta.ws.rs.client.ClientBuilder.newClient(
                    ResilientClients.configure(new ClientConfig(), policy, Timeouts.defaults()));
            int status = client.target(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/x")).request().get().getStatus();

            if (waitSeconds < 0) {
                assertThat(status).as("longer than maxRetryAfter: the caller's to decide").isEqualTo(429);
                assertThat(waits).isEmpty();
                return;
            }
            assertThat(status).isEqualTo(200);
            assertThat(waits).singleElement().satisfies(wait -> {
                assertThat(wait.isNegative()).as("never negative: %s", wait).isFalse();
                // An HTTP-date has whole seconds and a second may pass between writing and reading it.
                assertThat(wait).isBetween(Duration.ofSeconds(Math.max(0, waitSeconds - 2)), Duration.ofSeconds(waitSeconds));
            });
        } finally {
            server.stop(0);
        }
    }
}
