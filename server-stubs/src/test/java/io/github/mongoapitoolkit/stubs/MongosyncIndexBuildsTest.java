package io.github.mongoapitoolkit.stubs;

import static io.github.mongoapitoolkit.stubs.SyncTimeline.number;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mongoapitoolkit.stubs.dataset.Dataset;
import io.github.mongoapitoolkit.stubs.dataset.DatasetLoader;
import io.github.mongoapitoolkit.stubs.dataset.SyncScenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Index builds after the copy as a client reads them (mongosync-index-builds.csv): a dataset with
 * more indexes than steady state leaves time for, so that the last index, not the lag, decides
 * when {@code canCommit} turns true.
 */
class MongosyncIndexBuildsTest {

    private static SyncTimeline sync;

    @BeforeAll
    static void startASyncThatBuildsIndexesAfterTheCopy() {
        Dataset builtIn = new DatasetLoader(StubFixture.SPECS).builtIn();
        SyncScenario twentyIndexes = new SyncScenario(builtIn.mongosync().estimatedTotalBytes(), builtIn.mongosync().documentCount(), 42, 20);
        Dataset dataset = new Dataset(builtIn.atlasOrganizations(), builtIn.atlasGroups(), builtIn.apiKeys(), builtIn.opsManagerGroups(),
                twentyIndexes);
        sync = new SyncTimeline(new StubFixture(dataset),
                "{\"source\":\"cluster0\",\"destination\":\"cluster1\",\"buildIndexes\":\"afterDataCopy\"}");
    }

    @AfterAll
    static void stop() {
        sync.close();
    }

    @ParameterizedTest(name = "{0} ms after start: {1} of 20 indexes")
    @CsvFileSource(resources = "/mongosync-index-builds.csv", numLinesToSkip = 1)
    void indexBuildingSaysWhatTheFileSays(long ms, Long indexesBuilt, Long collectionsFinished, boolean canCommit) {
        JsonNode progress = sync.at(ms).progress();

        JsonNode building = progress.path("indexBuilding");
        if (indexesBuilt == null) {
            assertThat(building.isMissingNode() || building.isNull()).as("no indexBuilding during the copy: %s", building).isTrue();
        } else {
            assertThat(number(building.path("indexesBuilt"))).isEqualTo(indexesBuilt);
            assertThat(number(building.path("totalIndexesToBuild"))).isEqualTo(20);
            assertThat(number(building.path("collectionsFinished"))).isEqualTo(collectionsFinished);
            assertThat(number(building.path("collectionsTotal"))).isEqualTo(42);
        }
        assertThat(progress.path("canCommit").asBoolean()).as("canCommit").isEqualTo(canCommit);
    }

    @ParameterizedTest(name = "buildIndexes {0}: indexBuilding reported {1}")
    @CsvFileSource(resources = "/mongosync-build-indexes-options.csv", numLinesToSkip = 1)
    void indexBuildingIsReportedOnlyForBuildsAfterTheCopy(String buildIndexes, boolean reported) {
        String option = buildIndexes.equals("absent") ? "" : ",\"buildIndexes\":\"" + buildIndexes + "\"";
        try (SyncTimeline other = new SyncTimeline(new StubFixture(), "{\"source\":\"cluster0\",\"destination\":\"cluster1\"" + option + "}")) {
            JsonNode building = other.at(70_000).progress().path("indexBuilding");

            assertThat(building.isObject()).as("indexBuilding: %s", building).isEqualTo(reported);
        }
    }
}
