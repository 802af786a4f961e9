package io.github.mongoapitoolkit.client.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.jersey.client.ClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The retrying connector against scripted servers (retry-scripts.csv), through Jersey as a generated client uses it. */
class RetryScriptsTest {

    private static final Duration READ_TIMEOUT = Duration.ofMillis(300);
    private static final Timeouts TIMEOUTS = new Timeouts(Duration.ofSeconds(5), READ_TIMEOUT);

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/retry-scripts.csv", numLinesToSkip = 1)
    void theClientSeesWhatTheScriptSays(String name, String method, String answers, int maxAttempts, boolean nonIdempotent,
            String status, int attempts, String waits) throws IOException {
        List<String> script = Arrays.asList(answers.split(" "));
        AtomicInteger requests = new AtomicInteger();
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            int n = requests.getAndIncrement();
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            String answer = script.get(Math.min(n, script.size() - 1));
            if (answer.equals("slow")) {
                pause(READ_TIMEOUT.multipliedBy(3));
                answer = "200";
            }
            if (answer.equals("drop")) {
                exchange.close(); // no status line: the client sees the connection end
                return;
            }
            String[] parts = answer.split("/");
            if (parts.length > 1) {
                exchange.getResponseHeaders().add("Retry-After", parts[1]);
            }
            exchange.sendResponseHeaders(Integer.parseInt(parts[0]), -1);
            exchange.close();
        });
        server.start();
        List<Duration> slept = new CopyOnWriteArrayList<>();
        try {
            RetryPolicy policy = RetryPolicy.defaults().withJitter(0).withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(5))
                    .withMaxAttempts(maxAttempts).withSleeper(slept::add);
            if (nonIdempotent) {
                policy = policy.retryingNonIdempotent();
            }
            var client = jakarta.ws.rs.client.ClientBuilder.newClient(ResilientClients.configure(new ClientConfig(), policy, TIMEOUTS));
            var target = client.target(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/x")).request();
            Entity<String> body = method.equals("GET") || method.equals("DELETE") ? null : Entity.json("{\"n\":1}");
            if (status.equals("error")) {
                assertThatThrownBy(() -> target.method(method, body)).isInstanceOf(ProcessingException.class);
            } else {
                Response response = body == null ? target.method(method) : target.method(method, body);
                assertThat(response.getStatus()).isEqualTo(Integer.parseInt(status));
            }
            assertThat(requests.get()).as("requests that reached the server").isEqualTo(attempts);
            List<Long> expected = new ArrayList<>();
            if (waits != null) {
                Arrays.stream(waits.split(" ")).forEach(w -> expected.add(Long.parseLong(w)));
            }
            assertThat(slept.stream().map(Duration::toMillis).toList()).isEqualTo(expected);
            if (body != null) {
                assertThat(bodies).as("every attempt sends the whole body").allMatch(b -> b.equals("{\"n\":1}"));
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anInterruptedWaitEndsTheCallAndKeepsTheInterrupt() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(429, -1);
            exchange.close();
        });
        server.start();
        try {
            RetryPolicy policy = RetryPolicy.defaults().withSleeper(wait -> {
                throw new InterruptedException("shutting down");
            });
            var client = jakarta.ws.rs.client.ClientBuilder.newClient(ResilientClients.configure(new ClientConfig(), policy, TIMEOUTS));
            var target = client.target(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/x")).request();

            assertThatThrownBy(target::get).isInstanceOf(ProcessingException.class).hasRootCauseInstanceOf(InterruptedException.class);
            assertThat(Thread.interrupted()).as("the thread is still marked interrupted").isTrue();
            assertThat(requests.get()).isEqualTo(1);
        } finally {
            server.stop(0);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
