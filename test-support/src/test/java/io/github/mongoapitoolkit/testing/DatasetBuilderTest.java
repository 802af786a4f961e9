package io.github.mongoapitoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mongoapitoolkit.atlas.client.api.CloudMigrationServiceApi;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationStatus;
import io.github.mongoapitoolkit.opsmanager.client.api.CheckpointsApi;
import io.github.mongoapitoolkit.stubs.dataset.DatasetLoader;
import io.github.mongoapitoolkit.stubs.dataset.InvalidDatasetException;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A dataset written in Java is served as a file would be, and checked as strictly. */
class DatasetBuilderTest {

    private static final String PROJECT = "6a1b2c3d4e5f60718293a4b5";

    @RegisterExtension
    static MongoApiStubsExtension stubs = MongoApiStubsExtension.builder()
            .dataset(DatasetBuilder.empty()
                    .atlasProject(PROJECT, "Team project", project -> project
                            .liveMigration("6a1b2c3d4e5f60718293a4b6", "WORKING", 12L, false, "vm001.example.com")
                            .liveMigration("6a1b2c3d4e5f60718293a4b7", null, null, false, "vm002.example.com"))
                    .opsManagerProject(PROJECT, "Team backups", project -> project
                            .replicaSet("6a1b2c3d4e5f60718293a4c0", "rs-team", "rs0",
                                    new DatasetBuilder.CheckpointAt("6a1b2c3d4e5f60718293a4c1", Instant.parse("2026-11-30T02:00:00Z")),
                                    new DatasetBuilder.CheckpointAt("6a1b2c3d4e5f60718293a4c2", Instant.parse("2026-11-30T08:00:00Z")))))
            .build();

    @Test
    void theBuiltDatasetIsServed(MongoApiStubs stubs) throws Exception {
        CloudMigrationServiceApi atlas = new CloudMigrationServiceApi(stubs.atlasClient());

        assertThat(atlas.getGroupLiveMigration(PROJECT, "6a1b2c3d4e5f60718293a4b6", null, null).getStatus())
                .isEqualTo(LiveMigrationStatus.WORKING);
        assertThat(atlas.getGroupLiveMigration(PROJECT, "6a1b2c3d4e5f60718293a4b7", null, null).getStatus()).isNull();
        assertThat(new CheckpointsApi(stubs.opsManagerClient())
                .listCheckpoints(PROJECT, "6a1b2c3d4e5f60718293a4c0", null, null, true, null, null).getTotalCount()).isEqualTo(2);
    }

    @Test
    void aBuiltDatasetTheSpecForbidsIsRefusedAsAFileWouldBe() {
        String json = DatasetBuilder.empty()
                .atlasProject(PROJECT, "Bad", project -> project.liveMigration("NOT-AN-ID", "WORKING", 1L, false, "vm001.example.com"))
                .toJson();

        assertThatThrownBy(() -> new DatasetLoader(ApiSpecs.load()).fromJson("built", json))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith("atlas.groups[0].liveMigrations[0]").contains("pattern")));
    }

    @Test
    void theBuiltInDatasetCanBeAddedTo() {
        String json = DatasetBuilder.builtIn()
                .atlasProject(PROJECT, "Extra", project -> project.liveMigration("6a1b2c3d4e5f60718293a4b6", "NEW", 1L, false, "h.example.com"))
                .toJson();

        var dataset = new DatasetLoader(ApiSpecs.load()).fromJson("built", json);
        assertThat(dataset.atlasGroup("5e2211c17a3e5a48f5497de3")).isPresent();
        assertThat(dataset.atlasGroup(PROJECT)).isPresent();
    }
}
