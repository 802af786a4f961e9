package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.stubs.journal.JournalEntry;
import io.github.mongoapitoolkit.stubs.journal.RequestJournal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every answered request is in the journal, as the pipeline routed it, whoever answered it. */
class RequestJournalTest {

    private static final String CHECKPOINTS = "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5e2211c17a3e5a48f5497de4/checkpoints";

    private final StubFixture stub = new StubFixture();
    private final StubHttp http = new StubHttp(stub);

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void fastPathJerseyRefusalsAndUnmatchedTargetsAreAllRecorded() {
        RequestJournal journal = stub.servers().journal();
        stub.clock().advance(Duration.ofSeconds(3));

        http.mongosync("GET", "/api/v1/progress", null);
        http.mongosync("POST", "/api/v1/start", "{\"source\": \"cluster0\", \"destination\": \"cluster1\"}");
        http.mongosync("POST", "/api/v1/%63ommit", "{}");
        http.cloudWithDigest("GET", CHECKPOINTS + "?pageNum=2&itemsPerPage=1", Map.of("Accept", "application/json"));
        http.mongosync("GET", "/api/v1/nothing-here", null);

        assertThat(journal.entries()).extracting(JournalEntry::api, e -> e.operationId().orElse("-"), JournalEntry::method,
                JournalEntry::status).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mongosync", "getProgress", "GET", 200),
                        org.assertj.core.groups.Tuple.tuple("mongosync", "startSync", "POST", 200),
                        org.assertj.core.groups.Tuple.tuple("mongosync", "commitSync", "POST", 409),
                        org.assertj.core.groups.Tuple.tuple("ops-manager", "listCheckpoints", "GET", 401),
                        org.assertj.core.groups.Tuple.tuple("ops-manager", "listCheckpoints", "GET", 200),
                        org.assertj.core.groups.Tuple.tuple("mongosync", "-", "GET", 404));
        assertThat(journal.calls("startSync")).singleElement()
                .satisfies(e -> assertThat(e.body()).contains("\"cluster0\""));
        assertThat(journal.calls("POST", "/api/v1/commit")).as("matched by normalised path too").hasSize(1);
        assertThat(journal.calls("listCheckpoints")).last()
                .satisfies(e -> assertThat(e.query()).isEqualTo(Optional.of("pageNum=2&itemsPerPage=1")));
    }

    @Test
    void aRequestIsInTheJournalByTheTimeItsAnswerArrives() {
        RequestJournal journal = stub.servers().journal();
        for (int i = 1; i <= 200; i++) {
            String method = i % 2 == 0 ? "GET" : "POST";
            http.mongosync(method, i % 2 == 0 ? "/api/v1/progress" : "/api/v1/pause", i % 2 == 0 ? null : "{}");
            assertThat(journal.size()).as("after answer %d", i).isEqualTo(i);
        }
    }

    @Test
    void theJournalIsBounded() {
        RequestJournal journal = new RequestJournal();
        for (int i = 0; i < RequestJournal.CAPACITY + 5; i++) {
            journal.record(new JournalEntry("mongosync", Optional.of("getProgress"), "GET", "/api/v1/progress",
                    Optional.empty(), 200, String.valueOf(i), Optional.empty()));
        }
        List<JournalEntry> entries = journal.entries();
        assertThat(entries).hasSize(RequestJournal.CAPACITY);
        assertThat(entries.get(0).body()).isEqualTo("5");
    }
}
