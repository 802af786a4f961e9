package io.github.mongoapitoolkit.stubs.atlas;

import io.github.mongoapitoolkit.stubs.cloud.AtlasApiException;
import io.github.mongoapitoolkit.stubs.dataset.AtlasGroup;
import io.github.mongoapitoolkit.stubs.dataset.AtlasOrganization;
import io.github.mongoapitoolkit.stubs.dataset.Dataset;
import java.util.List;

/**
 * The dataset's Atlas projects and organizations, found by id with the answers Atlas gives when
 * one does not exist (404 {@code GROUP_NOT_FOUND}, {@code ORG_NOT_FOUND}) or the key is not a
 * member (401 {@code NOT_IN_GROUP}, {@code USER_UNAUTHORIZED}).
 */
public final class AtlasDirectory {

    private final Dataset dataset;

    public AtlasDirectory(Dataset dataset) {
        this.dataset = dataset;
    }

    public AtlasGroup group(String groupId) {
        AtlasGroup group = dataset.atlasGroup(groupId).orElseThrow(() -> new AtlasApiException(404, "GROUP_NOT_FOUND",
                "No group with ID " + groupId + " exists.", List.of(groupId)));
        if (!group.accessible()) {
            throw new AtlasApiException(401, "NOT_IN_GROUP",
                    "Current user is not in the group, or the group does not exist.", List.of(groupId));
        }
        return group;
    }

    public AtlasOrganization organization(String orgId) {
        AtlasOrganization organization = dataset.atlasOrganization(orgId).orElseThrow(() -> new AtlasApiException(404,
                "ORG_NOT_FOUND", "No organization with ID " + orgId + " exists.", List.of(orgId)));
        if (!organization.accessible()) {
            throw new AtlasApiException(401, "USER_UNAUTHORIZED", "Current user is not authorized to perform this action.", List.of());
        }
        return organization;
    }

    /** Every organization, for the links they start with. */
    public List<AtlasOrganization> organizations() {
        return dataset.atlasOrganizations();
    }

    public List<AtlasGroup> groupsOf(String orgId) {
        return dataset.atlasGroupsOf(orgId);
    }
}
