package io.github.mongoapitoolkit.stubs.atlas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mongoapitoolkit.atlas.server.api.CloudMigrationServiceApi;
import io.github.mongoapitoolkit.atlas.server.model.BadRequestDetail;
import io.github.mongoapitoolkit.atlas.server.model.FieldViolation;
import io.github.mongoapitoolkit.atlas.server.model.LiveImportAvailableProject;
import io.github.mongoapitoolkit.atlas.server.model.LiveImportValidation;
import io.github.mongoapitoolkit.atlas.server.model.LiveImportValidationStatus;
import io.github.mongoapitoolkit.atlas.server.model.LiveMigrationRequest20240530;
import io.github.mongoapitoolkit.atlas.server.model.LiveMigrationResponse;
import io.github.mongoapitoolkit.atlas.server.model.LiveMigrationStatus;
import io.github.mongoapitoolkit.atlas.server.model.Source;
import io.github.mongoapitoolkit.atlas.server.model.TargetOrg;
import io.github.mongoapitoolkit.atlas.server.model.TargetOrgRequest;
import io.github.mongoapitoolkit.stubs.cloud.AtlasApiException;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The eight operations of Atlas's Cloud Migration Service over the {@link LiveMigrationSimulator}:
 * generated models in and out here, the simulator's own types inside. Request bodies reach this
 * class already held to their schema by {@code SpecConformingBodies}.
 */
public final class LiveMigrationsResource implements CloudMigrationServiceApi {

    private final LiveMigrationSimulator simulator;
    private final ApiSpecs specs;
    private final ObjectMapper mapper;

    public LiveMigrationsResource(LiveMigrationSimulator simulator, ApiSpecs specs, ObjectMapper mapper) {
        this.simulator = simulator;
        this.specs = specs;
        this.mapper = mapper;
    }

    @Override
    public Response getGroupLiveMigration(String groupId, String liveMigrationId, Boolean envelope, Boolean pretty) {
        requireObjectId("groupId", groupId);
        requireObjectId("liveMigrationId", liveMigrationId);
        return Response.ok(entity(simulator.migration(groupId, liveMigrationId))).build();
    }

    @Override
    public Response createGroupLiveMigration(String groupId, LiveMigrationRequest20240530 body, Boolean envelope, Boolean pretty) {
        requireObjectId("groupId", groupId);
        return Response.status(201).entity(entity(simulator.create(groupId, request(body)))).build();
    }

    @Override
    public Response cutoverGroupLiveMigration(String groupId, String liveMigrationId, Boolean envelope, Boolean pretty) {
        requireObjectId("groupId", groupId);
        requireObjectId("liveMigrationId", liveMigrationId);
        simulator.cutover(groupId, liveMigrationId);
        return Response.accepted().build();
    }

    @Override
    public Response validateGroupLiveMigrations(String groupId, LiveMigrationRequest20240530 body, Boolean envelope, Boolean pretty) {
        requireObjectId("groupId", groupId);
        return Response.ok(entity(simulator.validate(groupId, request(body)))).build();
    }

    @Override
    public Response getGroupLiveMigrationValidateStatus(String groupId, String validationId, Boolean envelope, Boolean pretty) {
        requireObjectId("groupId", groupId);
        requireObjectId("validationId", validationId);
        return Response.ok(entity(simulator.validation(groupId, validationId))).build();
    }

    @Override
    public Response listOrgLiveMigrationAvailableProjects(String orgId, Boolean envelope, Boolean pretty) {
        requireObjectId("orgId", orgId);
        List<LiveImportAvailableProject> projects = simulator.availableProjects(orgId).stream()
                .map(p -> mapper.convertValue(p, LiveImportAvailableProject.class)).toList();
        return Response.ok(projects).build();
    }

    @Override
    public Response createOrgLiveMigrationLinkToken(String orgId, TargetOrgRequest body, Boolean envelope, Boolean pretty) {
        requireObjectId("orgId", orgId);
        List<String> addresses = body == null || body.getAccessListIps() == null ? List.of() : body.getAccessListIps();
        return Response.ok(new TargetOrg().linkToken(simulator.createLinkToken(orgId, addresses))).build();
    }

    @Override
    public Response deleteOrgLiveMigrationLinkTokens(String orgId, Boolean envelope, Boolean pretty) {
        requireObjectId("orgId", orgId);
        simulator.deleteLinkTokens(orgId);
        return Response.noContent().build();
    }

    private static MigrationRequest request(LiveMigrationRequest20240530 body) {
        Source source = body.getSource();
        boolean username = source.getUsername() != null;
        boolean password = source.getPassword() != null;
        return new MigrationRequest(source.getGroupId(), source.getClusterName(), Boolean.TRUE.equals(source.getSsl()),
                Boolean.TRUE.equals(source.getManagedAuthentication()), username || password, username && password,
                body.getMigrationHosts().get(0), body.getDestination().getGroupId(), body.getDestination().getClusterName());
    }

    /** The answer for a migration: {@code lagTimeSeconds} left out, not null, where Atlas does not send it. */
    private Object entity(MigrationSnapshot migration) {
        LiveMigrationResponse response = new LiveMigrationResponse()
                .id(migration.id())
                .lagTimeSeconds(migration.lagTimeSeconds())
                .migrationHosts(migration.migrationHosts())
                .readyForCutover(migration.readyForCutover())
                .status(migration.status() == null ? null : LiveMigrationStatus.fromValue(migration.status()));
        if (migration.sendsLag()) {
            return response;
        }
        ObjectNode withoutLag = mapper.valueToTree(response);
        withoutLag.remove("lagTimeSeconds");
        return withoutLag;
    }

    private static LiveImportValidation entity(ValidationSnapshot validation) {
        return new LiveImportValidation()
                .id(validation.id())
                .groupId(validation.groupId())
                .sourceGroupId(validation.sourceGroupId())
                .status(validation.status() == null ? null : LiveImportValidationStatus.fromValue(validation.status()))
                .errorMessage(validation.errorMessage());
    }

    private void requireObjectId(String name, String value) {
        if (!specs.isAtlasObjectId(value)) {
            String rule = "must match " + specs.atlasObjectIdPattern();
            throw new AtlasApiException(400, "VALIDATION_ERROR", "Request was invalid: " + name + " " + rule + ".",
                    List.of(name), Map.of(),
                    new BadRequestDetail().fields(List.of(new FieldViolation().field(name).description(rule))));
        }
    }
}
