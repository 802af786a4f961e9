package io.github.mongoapitoolkit.stubs.atlas;

import io.github.mongoapitoolkit.atlas.server.api.CloudMigrationServiceApi;
import io.github.mongoapitoolkit.atlas.server.model.BadRequestDetail;
import io.github.mongoapitoolkit.atlas.server.model.FieldViolation;
import io.github.mongoapitoolkit.atlas.server.model.LiveMigrationResponse;
import io.github.mongoapitoolkit.atlas.server.model.LiveMigrationStatus;
import io.github.mongoapitoolkit.stubs.cloud.AtlasApiException;

import io.github.mongoapitoolkit.stubs.dataset.AtlasGroup;
import io.github.mongoapitoolkit.stubs.dataset.Dataset;
import io.github.mongoapitoolkit.stubs.dataset.LiveMigration;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** {@code GET /api/atlas/v2/groups/{groupId}/liveMigrations/{liveMigrationId}} over the dataset. */
public final class LiveMigrationsResource implements CloudMigrationServiceApi {

    private static final String CONTENT_TYPE = "application/vnd.atlas.2023-01-01+json;charset=utf-8";

    private final Dataset dataset;
    private final ApiSpecs specs;

    public LiveMigrationsResource(Dataset dataset, ApiSpecs specs) {
        this.dataset = dataset;
        this.specs = specs;
    }

    @Override
    public Response getGroupLiveMigration(String groupId, String liveMigrationId, Boolean envelope, Boolean pretty) {
        requireObjectId("groupId", groupId);
        requireObjectId("liveMigrationId", liveMigrationId);
        AtlasGroup group = dataset.atlasGroup(groupId).orElseThrow(() -> new AtlasApiException(404, "GROUP_NOT_FOUND",
                "No group with ID " + groupId + " exists.", List.of(groupId)));
        if (!group.accessible()) {
            throw new AtlasApiException(401, "NOT_IN_GROUP",
                    "Current user is not in the group, or the group does not exist.", List.of(groupId));
        }
        LiveMigration migration = group.liveMigration(liveMigrationId).orElseThrow(() -> new AtlasApiException(404,
                "RESOURCE_NOT_FOUND", "Cannot find resource live migration " + liveMigrationId + " in group " + groupId + ".",
                List.of(liveMigrationId, groupId)));
        return Response.ok(toResponse(migration), CONTENT_TYPE).build();
    }

    private void requireObjectId(String name, String value) {
        if (!specs.isAtlasObjectId(value)) {
            String rule = "must match " + specs.atlasObjectIdPattern();
            throw new AtlasApiException(400, "VALIDATION_ERROR", "Request was invalid: " + name + " " + rule + ".",
                    List.of(name), Map.of(),
                    new BadRequestDetail().fields(List.of(new FieldViolation().field(name).description(rule))));
        }
    }

    private static LiveMigrationResponse toResponse(LiveMigration migration) {
        return new LiveMigrationResponse()
                .id(migration.id())
                .lagTimeSeconds(migration.lagTimeSeconds())
                .migrationHosts(migration.migrationHosts())
                .readyForCutover(migration.readyForCutover())
                .status(migration.status() == null ? null : LiveMigrationStatus.fromValue(migration.status()));
    }
}
