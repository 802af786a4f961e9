package io.github.mongoapitoolkit.stubs;

import static io.github.mongoapitoolkit.stubs.SyncTimeline.number;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * A reversible sync through commit, reverse, pause, resume and a second commit and reverse, as a
 * client reads it (mongosync-commit-and-reverse.csv). One sync for the whole file.
 */
class MongosyncCommitAndReverseTest {

    private static SyncTimeline sync;

    @BeforeAll
    static void startAReversibleSync() {
        sync = new SyncTimeline(new StubFixture(), "{\"source\":\"cluster0\",\"destination\":\"cluster1\",\"reversible\":true}");
    }

    @AfterAll
    static void stop() {
        sync.close();
    }

    @ParameterizedTest(name = "{0} ms after start: {1} -> {3}")
    @CsvFileSource(resources = "/mongosync-commit-and-reverse.csv", numLinesToSkip = 1)
    void progressSaysWhatTheLifeSays(long ms, String command, Integer status, String state, boolean canCommit, boolean canWrite,
            Long lagTimeSeconds, long totalEventsApplied, String source) {
        sync.at(ms);
        if (command != null) {
            assertThat(sync.command(command)).as("/%s", command).isEqualTo(status);
        }

        JsonNode progress = sync.progress();

        assertThat(progress.path("state").asText()).isEqualTo(state);
        assertThat(progress.path("canCommit").asBoolean()).as("canCommit").isEqualTo(canCommit);
        assertThat(progress.path("canWrite").asBoolean()).as("canWrite").isEqualTo(canWrite);
        assertThat(number(progress.path("lagTimeSeconds"))).as("lagTimeSeconds").isEqualTo(lagTimeSeconds);
        if (lagTimeSeconds != null) {
            assertThat(progress.at("/lag/overallLagSeconds").asLong()).as("lag.overallLagSeconds").isEqualTo(lagTimeSeconds);
        }
        assertThat(progress.path("totalEventsApplied").asLong()).as("totalEventsApplied").isEqualTo(totalEventsApplied);
        assertThat(progress.at("/directionMapping/Source").asText()).as("directionMapping.Source").startsWith(source + ":");
    }
}
