package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mongoapitoolkit.stubs.dataset.Dataset;
import io.github.mongoapitoolkit.stubs.dataset.DatasetLoader;
import io.github.mongoapitoolkit.stubs.dataset.InvalidDatasetException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in dataset loads; a bad file is refused with the field and the problem named. */
class DatasetLoaderTest {

    private final DatasetLoader loader = new DatasetLoader(StubFixture.SPECS);

    @Test
    void builtInDatasetHoldsWhatTheReadmePromises() {
        Dataset dataset = loader.builtIn();

        assertThat(dataset.atlasGroup("5e2211c17a3e5a48f5497de3").orElseThrow().liveMigrations())
                .extracting(m -> m.status()).contains("NEW", "WORKING", "FAILED", "COMPLETE", "EXPIRED");
        var cluster = dataset.opsManagerGroup("5e2211c17a3e5a48f5497de3").orElseThrow().cluster("5e2211c17a3e5a48f5497de4").orElseThrow();
        assertThat(cluster.checkpoints()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(cluster.checkpoint("55bc0658e4b097a3efe06f1f")).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "migration-id-upper-case | atlas.groups[0].liveMigrations[1]: | pattern",
        "migration-status-unknown | atlas.groups[0].liveMigrations[0]: | enum",
        "migration-host-is-a-url | atlas.groups[0].liveMigrations[0]: | pattern",
        "checkpoint-under-the-wrong-cluster | opsManager.groups[0].clusters[0].checkpoints[2].clusterId: | sits under",
        "checkpoint-part-type-unknown | opsManager.groups[0].clusters[0].checkpoints[0]: | enum",
        "checkpoint-started-not-a-date | opsManager.groups[0].clusters[0].checkpoints[0]: | date-time",
        "duplicate-group-id | atlas.groups[2].id: | duplicate id",
        "mongosync-total-bytes-zero | mongosync.estimatedTotalBytes: | at least 1",
        "access-list-entry-not-an-address | atlas.groups[0].apiAccessList[1]: | IP address or CIDR block",
        "access-list-entry-not-an-address | atlas.groups[0].apiAccessList[2]: | prefix length",
        "not-json | not JSON at line 1 | "
    })
    void badDatasetIsRefusedNamingTheFieldAndTheProblem(String file, String field, String problem) throws Exception {
        Path path = Path.of(getClass().getResource("/datasets/" + file + ".json").toURI());

        assertThatThrownBy(() -> loader.load(path))
                .isInstanceOf(InvalidDatasetException.class)
                .satisfies(e -> assertThat(((InvalidDatasetException) e).problems())
                        .anyMatch(p -> p.startsWith(field.trim()) && p.contains(problem == null ? "" : problem.trim())));
    }
}
