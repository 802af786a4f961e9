package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.stubs.StubHttp.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the simulated mongosync through every state and every endpoint in each state. Every
 * response is checked against the spec and the state rules by {@link StubHttp}; the assertions
 * here pin the states and the {@code error} names.
 */
class MongosyncLifecycleTest {

    private static final List<String> COMMANDS = List.of("start", "pause", "resume", "commit", "reverse");
    private static final String START = "{\"source\":\"cluster0\",\"destination\":\"cluster1\"}";
    private static final String START_REVERSIBLE = "{\"source\":\"cluster0\",\"destination\":\"cluster1\",\"reversible\":true}";

    private StubFixture stub;
    private ProxiedStub proxied;
    private StubHttp http;

    @BeforeEach
    void start() {
        stub = new StubFixture();
        proxied = new ProxiedStub(stub, io.github.mongoapitoolkit.conformance.MongoApi.ATLAS_LIVE_MIGRATIONS);
        http = proxied.http();
    }

    @AfterEach
    void stop() {
        try {
            proxied.close();
        } finally {
            stub.close();
        }
    }

    @Test
    void initializingRefusesStartThenBecomesIdleWithEveryFieldButStateAndCanCommitNull() {
        assertThat(state()).isEqualTo("INITIALIZING");
        assertRefused("start", START, 409, "InvalidStateTransition");

        advance(2);
        Reply idle = http.mongosync("GET", "/api/v1/progress", null);
        assertThat(idle.body().at("/progress/state").asText()).isEqualTo("IDLE");
        assertThat(idle.body().at("/progress/info").isNull()).isTrue();
        assertThat(idle.body().at("/progress/lagTimeSeconds").isNull()).isTrue();
        assertThat(idle.body().at("/progress/collectionCopy").isNull()).isTrue();
        for (String command : List.of("pause", "resume", "commit", "reverse")) {
            assertRefused(command, "{}", 409, "InvalidStateTransition");
        }
    }

    /**
     * At every moment of a sync, as a client sees it: /commit is accepted exactly when the
     * progress just read says canCommit (mongosync 1.21 and later), not when a phase looks done.
     */
    @Test
    void commitIsAcceptedExactlyWhenProgressSaysCanCommit() {
        int accepted = 0;
        int refusedAfterTheCopy = 0;
        for (int second = 0; second <= 180; second += 3) {
            stub.servers().mongosync().reset();
            advance(2);
            accepted("start", START);
            advance(second);
            com.fasterxml.jackson.databind.JsonNode progress = http.mongosync("GET", "/api/v1/progress", null).body().path("progress");
            boolean canCommit = progress.path("canCommit").asBoolean();

            StubHttp.Reply commit = http.mongosync("POST", "/api/v1/commit", "{}");

            assertThat(commit.status()).as("at %d s, canCommit %s, info %s", second, canCommit, progress.path("info"))
                    .isEqualTo(canCommit ? 200 : 409);
            if (canCommit) {
                accepted++;
            } else {
                assertThat(commit.errorCode()).isEqualTo("CommitNotReady");
                if (progress.path("info").asText().equals("change event application")) {
                    refusedAfterTheCopy++;
                }
            }
        }
        assertThat(accepted).as("moments that can commit").isPositive();
        assertThat(refusedAfterTheCopy).as("moments after the copy that still cannot commit").isPositive();
    }

    @Test
    void reversibleSyncGoesThroughEveryStateAndBack() {
        advance(2);
        accepted("start", START_REVERSIBLE);
        assertRefused("start", START, 409, "InvalidStateTransition");
        assertRefused("resume", "{}", 409, "InvalidStateTransition");
        assertRefused("reverse", "{}", 409, "InvalidStateTransition");

        Reply preCopy = progress("RUNNING");
        assertThat(preCopy.body().at("/progress/collectionCopy/estimatedTotalBytes").asLong()).isEqualTo(1);
        assertThat(preCopy.body().at("/progress/collectionCopy/estimatedCopiedBytes").asLong()).isZero();

        advance(35);
        Reply copying = progress("RUNNING");
        assertThat(copying.body().at("/progress/info").asText()).isEqualTo("collection copy");
        assertRefused("commit", "{}", 409, "CommitNotReady");

        accepted("pause", "{}");
        Reply paused = progress("PAUSED");
        assertThat(paused.body().at("/progress/lagTimeSeconds").isNull()).isTrue();
        assertThat(paused.body().at("/progress/lag").isNull()).isTrue();
        advance(600);
        assertThat(progress("PAUSED").body().at("/progress/collectionCopy"))
                .isEqualTo(paused.body().at("/progress/collectionCopy"));
        for (String command : List.of("start", "pause", "commit", "reverse")) {
            assertRefused(command, command.equals("start") ? START : "{}", 409, "InvalidStateTransition");
        }
        accepted("resume", "{}");

        advance(40);
        Reply cea = progress("RUNNING");
        assertThat(cea.body().at("/progress/info").asText()).isEqualTo("change event application");
        assertThat(cea.body().at("/progress/ceaStage").asText()).isEqualTo("collection copy drain");
        assertThat(cea.body().at("/progress/canCommit").asBoolean()).isFalse();

        advance(60);
        Reply steady = progress("RUNNING");
        assertThat(steady.body().at("/progress/ceaStage").asText()).isEqualTo("steady state");
        assertThat(steady.body().at("/progress/canCommit").asBoolean()).isTrue();

        accepted("commit", "{}");
        progress("COMMITTING");
        for (String command : COMMANDS) {
            assertRefused(command, command.equals("start") ? START : "{}", 409, "InvalidStateTransition");
        }
        advance(5);
        Reply committed = progress("COMMITTED");
        assertThat(committed.body().at("/progress/canWrite").asBoolean()).isTrue();
        assertThat(committed.body().at("/progress/lagTimeSeconds").asLong()).isZero();

        accepted("reverse", "{}");
        progress("REVERSING");
        advance(5);
        Reply reversed = progress("RUNNING");
        assertThat(reversed.body().at("/progress/directionMapping/Source").asText()).startsWith("cluster1");
        assertThat(reversed.body().at("/progress/canCommit").asBoolean()).isTrue();

        accepted("pause", "{}");
        accepted("resume", "{}");
        accepted("commit", "{}");
        advance(5);
        progress("COMMITTED");
    }

    @Test
    void commitFromReversingIsAccepted() {
        advance(2);
        accepted("start", START_REVERSIBLE);
        advance(200);
        accepted("commit", "{}");
        advance(5);
        accepted("reverse", "{}");
        accepted("commit", "{}");
        progress("COMMITTING");
    }

    @Test
    void syncStartedWithoutReversibleCannotBeReversed() {
        advance(2);
        accepted("start", START);
        advance(200);
        accepted("commit", "{}");
        advance(5);
        assertRefused("reverse", "{}", 409, "NotReversible");
    }

    @Test
    void filteredSyncCannotBeReversed() {
        advance(2);
        accepted("start", "{\"source\":\"a\",\"destination\":\"b\",\"reversible\":true,\"includeNamespaces\":[{\"database\":\"sales\"}]}");
        advance(200);
        accepted("commit", "{}");
        advance(5);
        assertRefused("reverse", "{}", 409, "NotReversible");
    }

    @Test
    void startWithBuildIndexesNeverAndReversibleIsRefused() {
        advance(2);
        assertRefused("start", "{\"source\":\"a\",\"destination\":\"b\",\"buildIndexes\":\"never\",\"reversible\":true}", 400,
                "InvalidOptionCombination");
        progress("IDLE");
    }

    @Test
    void syncWithoutVerifierOrIndexBuildsReportsNeither() {
        advance(2);
        accepted("start", "{\"source\":\"a\",\"destination\":\"b\",\"buildIndexes\":\"beforeDataCopy\",\"verification\":{\"enabled\":false}}");
        advance(100);
        Reply running = progress("RUNNING");
        assertThat(running.body().at("/progress/verification").isNull()).isTrue();
        assertThat(running.body().at("/progress/indexBuilding").isMissingNode()).isTrue();
        assertThat(running.body().at("/progress/canCommit").asBoolean()).isTrue();
    }

    private String state() {
        return http.mongosync("GET", "/api/v1/progress", null).body().at("/progress/state").asText();
    }

    private Reply progress(String expectedState) {
        Reply reply = http.mongosync("GET", "/api/v1/progress", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().at("/progress/state").asText()).isEqualTo(expectedState);
        return reply;
    }

    private void accepted(String command, String body) {
        Reply reply = http.mongosync("POST", "/api/v1/" + command, body);
        assertThat(reply.status()).as(command + " " + reply.body()).isEqualTo(200);
        assertThat(reply.body().get("success").asBoolean()).isTrue();
    }

    private void assertRefused(String command, String body, int status, String error) {
        Reply reply = http.mongosync("POST", "/api/v1/" + command, body);
        assertThat(reply.status()).as(command).isEqualTo(status);
        assertThat(reply.body().get("success").asBoolean()).isFalse();
        assertThat(reply.errorCode()).as(command).isEqualTo(error);
    }

    private void advance(long seconds) {
        stub.clock().advance(Duration.ofSeconds(seconds));
    }
}
