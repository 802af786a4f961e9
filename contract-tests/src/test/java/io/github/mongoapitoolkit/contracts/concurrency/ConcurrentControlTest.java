package io.github.mongoapitoolkit.contracts.concurrency;

import io.github.mongoapitoolkit.conformance.ConformanceCheck;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.contracts.ApiContract;
import io.github.mongoapitoolkit.conformance.ApiSpec;
import io.github.mongoapitoolkit.conformance.ObservedRequest;
import io.github.mongoapitoolkit.conformance.ObservedResponse;
import io.github.mongoapitoolkit.conformance.Violation;
import io.github.mongoapitoolkit.contracts.StubLauncher;
import io.github.mongoapitoolkit.stubs.StubServers;
import io.github.mongoapitoolkit.stubs.common.ManualClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many clients drive one simulated mongosync over HTTP at once: {@value #CLIENTS} threads, each
 * with its own connection, send seeded random mixes of start, pause, resume, commit and progress
 * while the simulation clock moves on, until one commit lands.
 *
 * <p>Every response is held against the spec (status, body, and the progress state rules). The
 * successful commands are then checked against the state machine: one start, pauses and resumes
 * alternating (their counts differ by one exactly when the sync ended paused), at most one
 * commit, and the final state what those successes imply. A lost transition (a 200 that changed
 * nothing) or a doubled one (two 200s for one change) breaks these counts.
 */
class ConcurrentControlTest {

    static final int CLIENTS = 16;
    private static final long SEED = Long.getLong("concurrency.seed", 20_261_123L);
    private static final List<String> COMMANDS = List.of("start", "pause", "resume", "commit", "progress");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String START = "{\"source\":\"cluster0\",\"destination\":\"cluster1\"}";

    private final ManualClock clock = new ManualClock();
    private StubServers stub;

    @BeforeEach
    void start() {
        stub = StubLauncher.start(0, 0, "concurrencykey", "concurrency-private-key", clock, System::currentTimeMillis);
        clock.advance(Duration.ofSeconds(3)); // past INITIALIZING
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void concurrentCommandsApplyEachTransitionExactlyOnce() throws Exception {
        ApiSpec spec = ApiContract.MONGOSYNC.spec();
        URI base = stub.mongosyncUri();
        Map<String, LongAdder> succeeded = new ConcurrentHashMap<>();
        Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean committed = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Random random = new Random(SEED + c);
            running.add(clients.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                go.await();
                while (!committed.get() && sent.incrementAndGet() < 200_000) {
                    String command = COMMANDS.get(random.nextInt(COMMANDS.size()));
                    HttpResponse<String> response = send(http, base, command);
                    String path = "/api/v1/" + command;
                    String method = command.equals("progress") ? "GET" : "POST";
                    ConformanceCheck.of(spec.api()).check(ObservedRequest.of(method, path),
                            ObservedResponse.of(response.statusCode(), response.headers().map(), response.body())).forEach(p -> problems.add(method + " " + path + " " + response.statusCode() + ": " + p));
                    statuses.computeIfAbsent(command + " " + response.statusCode() + " " + errorCode(response), k -> new LongAdder())
                            .increment();
                    if (response.statusCode() == 200 && !command.equals("progress")) {
                        succeeded.computeIfAbsent(command, k -> new LongAdder()).increment();
                        if (command.equals("commit")) {
                            committed.set(true);
                        }
                    }
                }
                return null;
            }));
        }
        // The clock moves on while the clients work, so that the sync reaches canCommit.
        running.add(clients.submit(() -> {
            go.await();
            while (!committed.get()) {
                clock.advance(Duration.ofMillis(100));
                Thread.sleep(2);
            }
            return null;
        }));
        go.countDown();
        for (Future<?> f : running) {
            f.get(110, TimeUnit.SECONDS);
        }
        clients.shutdownNow();

        assertThat(problems).as("responses that break the spec").isEmpty();
        assertThat(committed).as("a commit landed within the request budget; statuses " + statuses).isTrue();
        assertThat(statuses.keySet()).as("statuses").noneMatch(s -> s.matches("\\w+ 5\\d\\d .*"));

        long starts = count(succeeded, "start");
        long pauses = count(succeeded, "pause");
        long resumes = count(succeeded, "resume");
        long commits = count(succeeded, "commit");
        String finalState = JSON.readTree(send(HttpClient.newHttpClient(), base, "progress").body())
                .path("progress").path("state").asText();
        String summary = "successes " + succeeded + ", final state " + finalState + ", all " + statuses;
        assertThat(starts).as(summary).isEqualTo(1);
        assertThat(commits).as(summary).isEqualTo(1);
        // A commit is accepted only in RUNNING, so every pause was resumed before it.
        assertThat(pauses).as(summary).isEqualTo(resumes);
        assertThat(finalState).as(summary).isIn("COMMITTING", "COMMITTED");
        assertThat(pauses).as("the mix exercised pause and resume; " + summary).isPositive();
        System.out.println("ConcurrentControlTest: " + sent.get() + " requests from " + CLIENTS + " clients; " + summary);
    }

    private static long count(Map<String, LongAdder> counts, String command) {
        LongAdder adder = counts.get(command);
        return adder == null ? 0 : adder.sum();
    }

    private static HttpResponse<String> send(HttpClient http, URI base, String command) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/v1/" + command)).timeout(Duration.ofSeconds(10));
        if (command.equals("progress")) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(command.equals("start") ? START : "{}"));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String errorCode(HttpResponse<String> response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            return body.path("error").asText("-");
        } catch (IOException e) {
            return "not-json";
        }
    }
}
