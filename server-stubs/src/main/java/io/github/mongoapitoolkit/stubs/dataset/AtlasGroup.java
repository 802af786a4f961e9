package io.github.mongoapitoolkit.stubs.dataset;

import java.util.List;
import java.util.Optional;

/**
 * An Atlas project and its live migrations. {@code apiKeyHasAccess} false models a project the
 * configured key is not a member of; {@code apiAccessList} one whose organization requires an API
 * access list that the caller's address must be on.
 */
public record AtlasGroup(String id, String name, Boolean apiKeyHasAccess, List<String> apiAccessList,
        List<LiveMigration> liveMigrations) {

    public boolean accessible() {
        return apiKeyHasAccess == null || apiKeyHasAccess;
    }

    public Optional<ApiAccessList> accessList() {
        return ApiAccessList.of(apiAccessList);
    }

    public Optional<LiveMigration> liveMigration(String id) {
        return liveMigrations.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
