package io.github.mongoapitoolkit.stubs.dataset;

import java.util.List;
import java.util.Optional;

/** Everything the stub server serves: Atlas projects, Ops Manager projects and the sync scenario. */
public record Dataset(List<AtlasGroup> atlasGroups, List<OpsManagerGroup> opsManagerGroups, SyncScenario mongosync) {

    public Optional<AtlasGroup> atlasGroup(String id) {
        return atlasGroups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<OpsManagerGroup> opsManagerGroup(String id) {
        return opsManagerGroups.stream().filter(g -> g.id().equals(id)).findFirst();
    }
}
