package io.github.mongoapitoolkit.stubs.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An Atlas organization: whether it starts linked to a Cloud or Ops Manager organization, and the
 * source projects that link makes available for migration, each a {@code LiveImportAvailableProject}
 * in its wire form (its deployments are the clusters a migration may name as its source).
 * {@code apiKeyHasAccess} false models an organization the configured key is not a member of.
 */
public record AtlasOrganization(String id, String name, Boolean apiKeyHasAccess, boolean linked,
        List<JsonNode> availableProjects) {

    public AtlasOrganization {
        availableProjects = availableProjects == null ? List.of() : List.copyOf(availableProjects);
    }

    public boolean accessible() {
        return apiKeyHasAccess == null || apiKeyHasAccess;
    }
}
