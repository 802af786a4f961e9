package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mongoapitoolkit.stubs.faults.Fault;
import io.github.mongoapitoolkit.stubs.faults.FaultPlan;
import io.github.mongoapitoolkit.stubs.journal.JournalEntry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Faults per operation (the API's own error body, a count, a dropped connection, a delay) and mongosync's outages, all in the journal. */
class FaultsTest {

    private static final String ATLAS = "/api/atlas/v2/groups/5e2211c17a3e5a48f5497de3/liveMigrations/32b6e34b3d91647abb20e7b8";

    private final StubFixture stub = new StubFixture();
    private final StubHttp http = new StubHttp(stub);

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void aRateLimitStormAnswersInAtlassShapeForAsManyRequestsAsAskedThenStops() {
        stub.servers().faults().inject("getGroupLiveMigration", Fault.rateLimited(Duration.ofSeconds(2)), 2);

        for (int i = 0; i < 2; i++) {
            StubHttp.Reply reply = http.cloudWithDigest("GET", ATLAS, Map.of("Accept", StubHttp.ATLAS_JSON));
            assertThat(reply.status()).isEqualTo(429);
            assertThat(reply.header("Retry-After")).isEqualTo("2");
            assertThat(reply.body().toString()).contains("\"errorCode\":\"RATE_LIMITED\"");
        }
        assertThat(http.cloudWithDigest("GET", ATLAS, Map.of("Accept", StubHttp.ATLAS_JSON)).status()).isEqualTo(200);
        assertThat(stub.servers().journal().calls("getGroupLiveMigration")).extracting(JournalEntry::status)
                .as("each Digest challenge passes untouched: faults come last").containsExactly(401, 429, 401, 429, 401, 200);
        assertThat(stub.servers().journal().calls("getGroupLiveMigration")).filteredOn(e -> e.fault().isPresent())
                .extracting(e -> e.fault().orElseThrow()).containsExactly("status 429 retry-after 2", "status 429 retry-after 2");
    }

    @Test
    void mongosyncFailsInItsOwnShape() {
        stub.clock().advance(Duration.ofSeconds(3));
        stub.servers().faults().inject("startSync", Fault.status(500), 1);

        StubHttp.Reply reply = http.mongosync("POST", "/api/v1/start", "{\"source\": \"cluster0\", \"destination\": \"cluster1\"}");
        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.body().toString()).contains("\"success\":false").contains("\"error\":\"InternalError\"");
        assertThat(stub.servers().mongosync().state().name()).as("the faulted request did nothing").isEqualTo("IDLE");
    }

    @Test
    void aDroppedConnectionGetsNoAnswerAndIsJournaled() throws Exception {
        stub.servers().faults().inject("getProgress", Fault.dropConnection(), 1);

        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", stub.servers().mongosyncUri().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /api/v1/progress HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(socket.getInputStream().readAllBytes()).as("closed without a byte").isEmpty();
        }
        assertThat(stub.servers().journal().calls("getProgress")).singleElement()
                .satisfies(e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.fault()).contains("dropped connection");
                });
        assertThat(http.mongosync("GET", "/api/v1/progress", null).status()).isEqualTo(200);
    }

    @Test
    void onlyAStatusTheOperationDeclaresCanBeInjected() {
        assertThatThrownBy(() -> stub.servers().faults().inject("getProgress", Fault.status(503), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not declare 503");
        assertThatThrownBy(() -> stub.servers().faults().inject("noSuchOperation", Fault.status(500), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No operation noSuchOperation");
    }

    @Test
    void aDelayedAnswerIsTheNormalAnswerLateAndHoldsNoThreadWhileItWaits() throws Exception {
        // Grizzly serves on its selector threads (one per core): a delay that held one would stall the port.
        int delayed = 4 * Runtime.getRuntime().availableProcessors();
        stub.servers().faults().inject("getProgress", Fault.delay(Duration.ofSeconds(4)), FaultPlan.ALWAYS);
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest progress = java.net.http.HttpRequest.newBuilder(stub.servers().mongosyncUri().resolve("/api/v1/progress")).build();
        java.util.List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> late = new java.util.ArrayList<>();
        for (int i = 0; i < delayed; i++) {
            late.add(client.sendAsync(progress, java.net.http.HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(300); // lets the delayed requests reach the server; a delay that held a thread would hold this answer

        StubHttp.Reply meanwhile = http.mongosync("POST", "/api/v1/pause", "{}");

        assertThat(meanwhile.status()).as("IDLE: nothing to pause").isEqualTo(409);
        assertThat(late).as("answered while %d delayed requests wait", delayed).noneMatch(java.util.concurrent.CompletableFuture::isDone);
        for (var answer : late) {
            java.net.http.HttpResponse<String> response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(Conformance.problems(true, "GET", "/api/v1/progress", null, 200, response.headers().map(),
                    response.body())).isEmpty();
        }
        assertThat(stub.servers().journal().calls("getProgress")).filteredOn(e -> e.fault().isPresent())
                .hasSize(delayed).allSatisfy(e -> assertThat(e.fault().orElseThrow()).isEqualTo("delayed 4000 ms"));
    }

    @Test
    void aRandomDelayIsDrawnForEachRequestWithinItsBounds() {
        Fault.Delay delay = (Fault.Delay) Fault.delay(Duration.ofMillis(100), Duration.ofMillis(300));
        java.util.Set<Duration> drawn = new java.util.HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            drawn.add(delay.draw());
        }
        assertThat(drawn).allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(100), Duration.ofMillis(300)));
        assertThat(drawn).as("not one fixed value").hasSizeGreaterThan(100);
        assertThatThrownBy(() -> Fault.delay(Duration.ofMillis(300), Duration.ofMillis(100))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRestartingMongosyncAnswersNothingUntilItsClockHasMovedOnThenKeepsItsState() throws Exception {
        stub.clock().advance(Duration.ofSeconds(3));
        assertThat(http.mongosync("POST", "/api/v1/start", "{\"source\": \"cluster0\", \"destination\": \"cluster1\"}").status())
                .isEqualTo(200);
        stub.servers().faults().restartMongosync(Duration.ofMinutes(2));

        assertThat(noAnswer("GET /api/v1/progress")).isTrue();
        assertThat(noAnswer("POST /api/v1/pause")).as("every path, not only progress").isTrue();
        assertThat(http.cloudWithDigest("GET", ATLAS, Map.of("Accept", StubHttp.ATLAS_JSON)).status())
                .as("the cloud port is another server").isEqualTo(200);
        stub.clock().advance(Duration.ofSeconds(119));
        assertThat(noAnswer("GET /api/v1/progress")).isTrue();
        stub.clock().advance(Duration.ofSeconds(1));

        StubHttp.Reply back = http.mongosync("GET", "/api/v1/progress", null);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.body().at("/progress/state").asText()).isEqualTo("RUNNING");
        assertThat(stub.servers().journal().calls("GET", "/api/v1/progress")).extracting(e -> e.fault().orElse("none"))
                .containsExactly("mongosync not answering", "mongosync not answering", "none");
    }

    @Test
    void mongosyncIsUnresponsiveAfterAResumeThatSucceedsOnly() throws Exception {
        stub.clock().advance(Duration.ofSeconds(3));
        http.mongosync("POST", "/api/v1/start", "{\"source\": \"cluster0\", \"destination\": \"cluster1\"}");
        stub.servers().faults().unresponsiveAfterResume(Duration.ofSeconds(150));
        assertThat(http.mongosync("POST", "/api/v1/resume", "{}").status()).as("not paused: refused").isEqualTo(409);
        assertThat(http.mongosync("GET", "/api/v1/progress", null).status()).as("a refused resume opens nothing").isEqualTo(200);
        assertThat(http.mongosync("POST", "/api/v1/pause", "{}").status()).isEqualTo(200);

        assertThat(http.mongosync("POST", "/api/v1/resume", "{}").status()).isEqualTo(200);

        assertThat(noAnswer("GET /api/v1/progress")).isTrue();
        stub.clock().advance(Duration.ofSeconds(150));
        assertThat(http.mongosync("GET", "/api/v1/progress", null).body().at("/progress/state").asText()).isEqualTo("RUNNING");
        assertThat(http.mongosync("POST", "/api/v1/pause", "{}").status()).isEqualTo(200);
        assertThat(http.mongosync("POST", "/api/v1/resume", "{}").status()).isEqualTo(200);
        assertThat(http.mongosync("GET", "/api/v1/progress", null).status()).as("once, not after every resume").isEqualTo(200);
    }

    /** True when mongosync closes the connection without a byte of answer. */
    private boolean noAnswer(String requestLine) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", stub.servers().mongosyncUri().getPort())) {
            socket.setSoTimeout(10_000);
            String body = requestLine.startsWith("POST") ? "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}" : "\r\n";
            socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: x\r\n" + body)
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return socket.getInputStream().readAllBytes().length == 0;
        }
    }
}
