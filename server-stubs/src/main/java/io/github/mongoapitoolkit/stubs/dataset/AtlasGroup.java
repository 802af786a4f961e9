package io.github.mongoapitoolkit.stubs.dataset;

import java.util.List;
import java.util.Optional;

/**
 * An Atlas project, the organization it belongs to, its live migrations and migration
 * validations. {@code apiKeyHasAccess} false models a project the configured key is not a member
 * of; {@code apiAccessList} one whose organization requires an API access list that the caller's
 * address must be on. A project without {@code orgId} belongs to no organization of the dataset,
 * so nothing can be migrated into it.
 */
public record AtlasGroup(String id, String name, String orgId, Boolean apiKeyHasAccess, List<String> apiAccessList,
        List<LiveMigration> liveMigrations, List<LiveMigrationValidation> liveMigrationValidations) {

    public AtlasGroup {
        liveMigrations = liveMigrations == null ? List.of() : List.copyOf(liveMigrations);
        liveMigrationValidations = liveMigrationValidations == null ? List.of() : List.copyOf(liveMigrationValidations);
    }

    public boolean accessible() {
        return apiKeyHasAccess == null || apiKeyHasAccess;
    }

    public Optional<String> organization() {
        return Optional.ofNullable(orgId);
    }

    public Optional<ApiAccessList> accessList() {
        return ApiAccessList.of(apiAccessList);
    }

    public Optional<LiveMigration> liveMigration(String id) {
        return liveMigrations.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<LiveMigrationValidation> validation(String id) {
        return liveMigrationValidations.stream().filter(v -> v.id().equals(id)).findFirst();
    }
}
