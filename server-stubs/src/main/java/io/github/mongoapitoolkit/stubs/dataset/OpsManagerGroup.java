package io.github.mongoapitoolkit.stubs.dataset;

import java.util.List;
import java.util.Optional;

/**
 * An Ops Manager project and its clusters; {@code apiKeyHasAccess} and {@code apiAccessList} as
 * for {@link AtlasGroup}.
 */
public record OpsManagerGroup(String id, String name, Boolean apiKeyHasAccess, List<String> apiAccessList,
        List<Cluster> clusters) {

    public boolean accessible() {
        return apiKeyHasAccess == null || apiKeyHasAccess;
    }

    public Optional<ApiAccessList> accessList() {
        return ApiAccessList.of(apiAccessList);
    }

    public Optional<Cluster> cluster(String id) {
        return clusters.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** A cluster and its checkpoints, in the order the list endpoint returns them. */
    public record Cluster(String id, String name, List<Checkpoint> checkpoints) {
        public Optional<Checkpoint> checkpoint(String id) {
            return checkpoints.stream().filter(c -> c.id().equals(id)).findFirst();
        }
    }
}
