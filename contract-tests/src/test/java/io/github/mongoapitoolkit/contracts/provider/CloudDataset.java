package io.github.mongoapitoolkit.contracts.provider;

import io.github.mongoapitoolkit.stubs.dataset.AtlasGroup;
import io.github.mongoapitoolkit.stubs.dataset.Dataset;
import io.github.mongoapitoolkit.stubs.dataset.DatasetLoader;
import io.github.mongoapitoolkit.stubs.dataset.LiveMigration;
import io.github.mongoapitoolkit.stubs.dataset.OpsManagerGroup;
import java.util.Optional;

/**
 * The stub's built-in dataset, which the Atlas and Ops Manager provider states describe. A state
 * handler checks that the dataset really holds what the state says, so a pact cannot be verified
 * against data that no longer matches its words.
 */
final class CloudDataset {

    static final Dataset BUILT_IN = new DatasetLoader(InProcessStub.SPECS).builtIn();

    private CloudDataset() {
    }

    static Optional<LiveMigration> liveMigration(String groupId, String migrationId) {
        return BUILT_IN.atlasGroup(groupId).flatMap(group -> group.liveMigration(migrationId));
    }

    static Optional<AtlasGroup> atlasGroup(String groupId) {
        return BUILT_IN.atlasGroup(groupId);
    }

    static Optional<OpsManagerGroup.Cluster> cluster(String groupId, String clusterId) {
        return BUILT_IN.opsManagerGroup(groupId).flatMap(group -> group.cluster(clusterId));
    }

    static Optional<OpsManagerGroup> opsManagerGroup(String groupId) {
        return BUILT_IN.opsManagerGroup(groupId);
    }
}
