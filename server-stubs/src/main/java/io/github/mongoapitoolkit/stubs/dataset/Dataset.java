package io.github.mongoapitoolkit.stubs.dataset;

import java.util.List;
import java.util.Optional;

/**
 * Everything the stub server serves: Atlas organizations, projects and extra API keys, Ops
 * Manager projects and the sync scenario.
 */
public record Dataset(List<AtlasOrganization> atlasOrganizations, List<AtlasGroup> atlasGroups, List<ApiKey> apiKeys,
        List<OpsManagerGroup> opsManagerGroups, SyncScenario mongosync) {

    public Optional<AtlasGroup> atlasGroup(String id) {
        return atlasGroups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<AtlasOrganization> atlasOrganization(String id) {
        return atlasOrganizations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The projects of an organization. */
    public List<AtlasGroup> atlasGroupsOf(String orgId) {
        return atlasGroups.stream().filter(g -> orgId.equals(g.orgId())).toList();
    }

    public Optional<OpsManagerGroup> opsManagerGroup(String id) {
        return opsManagerGroups.stream().filter(g -> g.id().equals(id)).findFirst();
    }
}
