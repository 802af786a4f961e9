package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mongoapitoolkit.stubs.faults.Fault;
import io.github.mongoapitoolkit.stubs.journal.JournalEntry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Faults per operation: the API's own error body, a count, a dropped connection, all in the journal. */
class FaultsTest {

    private static final String ATLAS = "/api/atlas/v2/groups/5e2211c17a3e5a48f5497de3/liveMigrations/32b6e34b3d91647abb20e7b8";

    private final StubFixture stub = new StubFixture();
    private final StubHttp http = new StubHttp(stub, ResponseConformance.shared());

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
}
