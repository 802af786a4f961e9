package io.github.mongoapitoolkit.stubs;

import static io.github.mongoapitoolkit.stubs.SyncTimeline.number;
import static io.github.mongoapitoolkit.stubs.SyncTimeline.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The simulated sync's timeline as a client reads it (mongosync-timeline.csv): at each instant
 * just before and just at a boundary of the simulator's phases, what progress says. One sync
 * for the whole file: the rows are in time order and the clock only moves forward.
 */
class MongosyncTimelineTest {

    private static SyncTimeline sync;

    @BeforeAll
    static void startASync() {
        sync = new SyncTimeline(new StubFixture(), "{\"source\":\"cluster0\",\"destination\":\"cluster1\"}");
    }

    @AfterAll
    static void stop() {
        sync.close();
    }

    @ParameterizedTest(name = "{0} ms after start: {1} {2}")
    @CsvFileSource(resources = "/mongosync-timeline.csv", numLinesToSkip = 1)
    void progressSaysWhatTheTimelineSays(long ms, String info, String ceaStage, boolean canCommit, String copied, long lagTimeSeconds,
            Long crudLag, Long ddlLag, Long ceaCatchup, long totalEventsApplied, String verifierPhase, double hashed, long verifierLag) {
        JsonNode progress = sync.at(ms).progress();

        assertThat(progress.path("state").asText()).isEqualTo("RUNNING");
        assertThat(text(progress.path("info"))).isEqualTo(info);
        assertThat(text(progress.path("ceaStage"))).isEqualTo(ceaStage);
        assertThat(progress.path("canCommit").asBoolean()).isEqualTo(canCommit);
        JsonNode copy = progress.path("collectionCopy");
        long total = copy.path("estimatedTotalBytes").asLong();
        if (copied.equals("pre")) {
            assertThat(total).isEqualTo(1);
            assertThat(copy.path("estimatedCopiedBytes").asLong()).isZero();
        } else {
            assertThat(total).isGreaterThan(1);
            assertThat(copy.path("estimatedCopiedBytes").asLong()).isEqualTo((long) (total * Double.parseDouble(copied)));
        }
        assertThat(progress.path("lagTimeSeconds").asLong()).isEqualTo(lagTimeSeconds);
        assertThat(progress.at("/lag/overallLagSeconds").asLong()).isEqualTo(lagTimeSeconds);
        assertThat(number(progress.at("/lag/crudLagSeconds"))).isEqualTo(crudLag);
        assertThat(number(progress.at("/lag/ddlLagSeconds"))).isEqualTo(ddlLag);
        assertThat(number(progress.path("estimatedSecondsToCEACatchup"))).isEqualTo(ceaCatchup);
        assertThat(progress.path("totalEventsApplied").asLong()).isEqualTo(totalEventsApplied);
        for (String side : new String[] {"source", "destination"}) {
            JsonNode verifier = progress.path("verification").path(side);
            assertThat(verifier.path("phase").asText()).isEqualTo(verifierPhase);
            assertThat(verifier.path("hashedDocumentCount").asLong())
                    .isEqualTo((long) (verifier.path("estimatedDocumentCount").asLong() * hashed));
            assertThat(verifier.path("scannedCollectionCount").asLong())
                    .isEqualTo((long) (verifier.path("totalCollectionCount").asLong() * hashed));
            assertThat(verifier.path("lagTimeSeconds").asLong()).isEqualTo(verifierLag);
        }
    }
}
