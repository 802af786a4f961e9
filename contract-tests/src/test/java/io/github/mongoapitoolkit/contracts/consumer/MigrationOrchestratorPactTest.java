package io.github.mongoapitoolkit.contracts.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.atlas.client.api.CloudMigrationServiceApi;
import io.github.mongoapitoolkit.atlas.client.invoker.ApiException;
import io.github.mongoapitoolkit.atlas.client.model.Destination;
import io.github.mongoapitoolkit.atlas.client.model.HostnameSchemaType;
import io.github.mongoapitoolkit.atlas.client.model.LiveImportAvailableProject;
import io.github.mongoapitoolkit.atlas.client.model.LiveImportValidation;
import io.github.mongoapitoolkit.atlas.client.model.LiveImportValidationStatus;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationRequest20240530;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationResponse;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationStatus;
import io.github.mongoapitoolkit.atlas.client.model.Source;
import io.github.mongoapitoolkit.atlas.client.model.TargetOrgRequest;
import io.github.mongoapitoolkit.client.auth.ApiKey;
import io.github.mongoapitoolkit.client.auth.AtlasClients;
import io.github.mongoapitoolkit.client.cutover.AtlasCutover;
import io.github.mongoapitoolkit.client.cutover.CutoverException;
import io.github.mongoapitoolkit.conformance.MongoApi;
import io.github.mongoapitoolkit.contracts.ApiContract;
import io.github.mongoapitoolkit.testing.pact.SpecMatchers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A push live migration into Atlas, as the consumer {@code migration-orchestrator} of the provider
 * {@code atlas-live-migrations} drives it with the generated client and the toolkit's
 * {@link AtlasCutover}: the link and the projects it makes available, validate and poll the
 * validation, create, poll until ready, cut over, poll until COMPLETE; and the refusals an
 * orchestrator must handle (cutover before ready, a request the spec forbids, an unknown
 * validation, an expired migration). Each interaction's provider state is one the stub's
 * simulator is put in by name.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ApiContract.ATLAS_PROVIDER, pactVersion = PactSpecVersion.V4)
class MigrationOrchestratorPactTest {

    static final String CONSUMER = "migration-orchestrator";
    static final String ORG = "5e2211c17a3e5a48f5497de1";
    static final String PROJECT = "5e2211c17a3e5a48f5497de3";
    static final String SOURCE_PROJECT = "63b4c8f2a1e5d3c2b1a09f01";
    static final String VALIDATION = "7a5e2d41c3b8f9e6d4c2a103";
    static final String MIGRATION = "7c1f0e8a9b2d4c6e8f0a1b21";
    static final String LINKED = "organization " + ORG + " is linked to a Cloud Manager organization";
    static final String MIGRATIONS = "/api/atlas/v2/groups/" + PROJECT + "/liveMigrations";

    private static final SpecMatchers MATCHERS = SpecMatchers.of(MongoApi.ATLAS_LIVE_MIGRATIONS);
    private static final ObjectMapper JSON = new io.github.mongoapitoolkit.atlas.client.invoker.JSON().getMapper();
    private static final ApiKey KEY = new ApiKey("orchestratorpublickey", "orchestrator-private-key");

    private static CloudMigrationServiceApi atlas(MockServer server) {
        return new CloudMigrationServiceApi(AtlasClients.withApiKey(server.getUrl(), KEY));
    }

    /** The request the orchestrator sends: rs0 of the linked Cloud Manager project into Cluster0. */
    private static LiveMigrationRequest20240530 request() {
        return new LiveMigrationRequest20240530()
                .destination(new Destination().clusterName("Cluster0").groupId(PROJECT).hostnameSchemaType(HostnameSchemaType.PUBLIC))
                .migrationHosts(List.of("vm001.example.com"))
                .source(new Source().clusterName("rs0").groupId(SOURCE_PROJECT).managedAuthentication(false).ssl(true)
                        .username("mongosync-user").password("example-password"));
    }

    /** The request body exactly as the generated client writes it, so the mock server matches it byte for byte. */
    private static String requestJson(LiveMigrationRequest20240530 body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request with the Accept header the generated client sends: the success's version, where the success has a body. */
    private static PactDslRequestWithPath request(PactDslWithProvider builder, String state, String description, String method,
            String path, String operationId) {
        PactDslRequestWithPath request = builder.given(state).uponReceiving(description).path(path).method(method);
        try {
            return request.matchHeader("Accept", MATCHERS.acceptPattern(operationId), MATCHERS.acceptValue(operationId));
        } catch (IllegalArgumentException successWithoutBody) {
            return request;
        }
    }

    private static PactDslResponse success(PactDslRequestWithPath request, String operationId, int status) {
        String type = MATCHERS.mediaType(operationId, status);
        return request.willRespondWith().status(status)
                .matchHeader("Content-Type", MATCHERS.contentTypePattern(operationId, status), type + ";charset=utf-8");
    }

    private static PactDslResponse refusal(PactDslRequestWithPath request, int status, String errorCode) {
        return request.willRespondWith().status(status)
                .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
                .body(new PactDslJsonBody().numberValue("error", status).stringValue("errorCode", errorCode)
                        .stringType("detail", "Explanation of the error.").stringType("reason", "Reason phrase"));
    }

    // --- the link and what it makes available ---

    @Pact(consumer = CONSUMER)
    V4Pact availableProjects(PactDslWithProvider builder) {
        String op = "listOrgLiveMigrationAvailableProjects";
        return success(request(builder, LINKED, "a request for the projects available for migration", "GET",
                "/api/atlas/v2/orgs/" + ORG + "/liveMigrations/availableProjects", op), op, 200)
                .body(au.com.dius.pact.consumer.dsl.PactDslJsonArray.arrayMinLike(1)
                        .stringMatcher("projectId", MATCHERS.pattern("ObjectId"), SOURCE_PROJECT)
                        .stringType("name", "Cloud Manager production")
                        .eachLike("migrationHosts", au.com.dius.pact.consumer.dsl.PactDslJsonRootValue.stringMatcher(
                                MATCHERS.pattern("MigrationHost"), "vm001.example.com"))
                        .eachLike("deployments")
                        .stringType("name", "rs0").stringType("mongoDBVersion", "7.0.14").stringType("featureCompatibilityVersion", "7.0")
                        .booleanType("managed", true).booleanType("sharded", false).booleanType("tlsEnabled", true)
                        .closeObject().closeArray()
                        .closeObject())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "availableProjects")
    void findsTheSourceClusterAmongTheAvailableProjects(MockServer server) throws Exception {
        List<LiveImportAvailableProject> projects = atlas(server).listOrgLiveMigrationAvailableProjects(ORG, null, null);

        assertThat(projects).anySatisfy(p -> assertThat(p.getDeployments()).extracting("name").contains("rs0"));
    }

    @Pact(consumer = CONSUMER)
    V4Pact linkToken(PactDslWithProvider builder) {
        String op = "createOrgLiveMigrationLinkToken";
        return success(request(builder, LINKED, "a request for a new link-token", "POST",
                "/api/atlas/v2/orgs/" + ORG + "/liveMigrations/linkTokens", op)
                .body("{\"accessListIps\":[\"203.0.113.10\"]}", "application/vnd.atlas.2023-01-01+json"), op, 200)
                .body(new PactDslJsonBody().stringType("linkToken", "bGluay10b2tlbi0xLWZvci01ZTIyMTFjMTdhM2U1YTQ4ZjU0OTdkZTE="))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "linkToken")
    void getsALinkTokenToPasteIntoCloudManager(MockServer server) throws Exception {
        assertThat(atlas(server).createOrgLiveMigrationLinkToken(ORG, new TargetOrgRequest().accessListIps(List.of("203.0.113.10")),
                null, null).getLinkToken()).isNotBlank();
    }

    // --- validate, then poll the validation ---

    @Pact(consumer = CONSUMER)
    V4Pact validate(PactDslWithProvider builder) {
        String op = "validateGroupLiveMigrations";
        return success(request(builder, LINKED, "a request to validate a migration", "POST", MIGRATIONS + "/validate", op)
                .body(requestJson(request()), "application/vnd.atlas.2024-05-30+json"), op, 200)
                .body(MATCHERS.body("LiveImportValidation").like("_id", VALIDATION).like("groupId", PROJECT)
                        .like("sourceGroupId", SOURCE_PROJECT).exactly("status", "PENDING").like("errorMessage", null).pact())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "validate")
    void startsAValidation(MockServer server) throws Exception {
        LiveImportValidation validation = atlas(server).validateGroupLiveMigrations(PROJECT, request(), null, null);

        assertThat(validation.getStatus()).isEqualTo(LiveImportValidationStatus.PENDING);
        assertThat(validation.getId()).isNotBlank();
    }

    @Pact(consumer = CONSUMER)
    V4Pact validationSucceeded(PactDslWithProvider builder) {
        String op = "getGroupLiveMigrationValidateStatus";
        return success(request(builder, "validation " + VALIDATION + " of project " + PROJECT + " has succeeded",
                "a request for a validation that succeeded", "GET", MIGRATIONS + "/validate/" + VALIDATION, op), op, 200)
                .body(MATCHERS.body("LiveImportValidation").like("_id", VALIDATION).like("groupId", PROJECT)
                        .exactly("status", "SUCCESS").like("errorMessage", null).pact())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "validationSucceeded")
    void readsThatTheValidationSucceeded(MockServer server) throws Exception {
        assertThat(atlas(server).getGroupLiveMigrationValidateStatus(PROJECT, VALIDATION, null, null).getStatus())
                .isEqualTo(LiveImportValidationStatus.SUCCESS);
    }

    @Pact(consumer = CONSUMER)
    V4Pact unknownValidation(PactDslWithProvider builder) {
        return refusal(request(builder, LINKED, "a request for a validation that does not exist", "GET",
                MIGRATIONS + "/validate/7a5e2d41c3b8f9e6d4c2a1ff", "getGroupLiveMigrationValidateStatus"), 404, "RESOURCE_NOT_FOUND")
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownValidation")
    void anUnknownValidationIsNotFound(MockServer server) throws Exception {
        assertRefused(() -> atlas(server).getGroupLiveMigrationValidateStatus(PROJECT, "7a5e2d41c3b8f9e6d4c2a1ff", null, null),
                404, "RESOURCE_NOT_FOUND");
    }

    @Pact(consumer = CONSUMER)
    V4Pact validateTwoHosts(PactDslWithProvider builder) {
        return refusal(request(builder, LINKED, "a request to validate a migration with two migration hosts", "POST",
                MIGRATIONS + "/validate", "validateGroupLiveMigrations")
                .body(requestJson(request().migrationHosts(List.of("vm001.example.com", "vm006.example.com"))),
                        "application/vnd.atlas.2024-05-30+json"), 400, "VALIDATION_ERROR")
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "validateTwoHosts")
    void aRequestWithTwoMigrationHostsIsRefused(MockServer server) throws Exception {
        assertRefused(() -> atlas(server).validateGroupLiveMigrations(PROJECT,
                request().migrationHosts(List.of("vm001.example.com", "vm006.example.com")), null, null), 400, "VALIDATION_ERROR");
    }

    // --- create, poll until ready, cut over, poll until complete ---

    @Pact(consumer = CONSUMER)
    V4Pact create(PactDslWithProvider builder) {
        String op = "createGroupLiveMigration";
        return success(request(builder, LINKED, "a request to create a migration", "POST", MIGRATIONS, op)
                .body(requestJson(request()), "application/vnd.atlas.2024-05-30+json"), op, 201)
                .body(MATCHERS.body("LiveMigrationResponse").like("_id", MIGRATION).eachLike("migrationHosts", "vm001.example.com")
                        .exactly("status", "NEW").exactly("readyForCutover", false).pact())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "create")
    void createsTheMigration(MockServer server) throws Exception {
        LiveMigrationResponse created = atlas(server).createGroupLiveMigration(PROJECT, request(), null, null);

        assertThat(created.getStatus()).isEqualTo(LiveMigrationStatus.NEW);
        assertThat(created.getLagTimeSeconds()).isNull();
    }

    private static PactDslResponse getMigration(PactDslWithProvider builder, String state, String description) {
        String op = "getGroupLiveMigration";
        return success(request(builder, state, description, "GET", MIGRATIONS + "/" + MIGRATION, op), op, 200);
    }

    @Pact(consumer = CONSUMER)
    V4Pact readyForCutover(PactDslWithProvider builder) {
        return getMigration(builder, "live migration " + MIGRATION + " in project " + PROJECT + " is ready for cutover",
                "a request for a migration ready for cutover")
                .body(MATCHERS.body("LiveMigrationResponse").like("_id", MIGRATION).eachLike("migrationHosts", "vm001.example.com")
                        .exactly("status", "WORKING").exactly("readyForCutover", true).like("lagTimeSeconds", 5).pact())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "readyForCutover")
    void seesThatTheMigrationIsReady(MockServer server) {
        LiveMigrationResponse ready = AtlasCutover.of(atlas(server)).awaitReady(PROJECT, MIGRATION);

        assertThat(ready.getReadyForCutover()).isTrue();
    }

    @Pact(consumer = CONSUMER)
    V4Pact cutover(PactDslWithProvider builder) {
        return request(builder, "live migration " + MIGRATION + " in project " + PROJECT + " is ready for cutover",
                "a request to cut over a migration that is ready", "PUT", MIGRATIONS + "/" + MIGRATION + "/cutover",
                "cutoverGroupLiveMigration")
                .willRespondWith().status(202)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "cutover")
    void cutsOverAReadyMigration(MockServer server) throws Exception {
        atlas(server).cutoverGroupLiveMigration(PROJECT, MIGRATION, null, null);
    }

    @Pact(consumer = CONSUMER)
    V4Pact cutoverTooEarly(PactDslWithProvider builder) {
        return refusal(request(builder, "live migration " + MIGRATION + " in project " + PROJECT + " is WORKING and not yet ready for cutover",
                "a request to cut over a migration that is not ready", "PUT", MIGRATIONS + "/" + MIGRATION + "/cutover",
                "cutoverGroupLiveMigration"), 400, "LIVE_MIGRATION_NOT_READY_FOR_CUTOVER")
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "cutoverTooEarly")
    void aCutoverBeforeReadyIsRefusedWithItsCode(MockServer server) throws Exception {
        assertRefused(() -> atlas(server).cutoverGroupLiveMigration(PROJECT, MIGRATION, null, null), 400,
                "LIVE_MIGRATION_NOT_READY_FOR_CUTOVER");
    }

    @Pact(consumer = CONSUMER)
    V4Pact complete(PactDslWithProvider builder) {
        return getMigration(builder, "live migration " + MIGRATION + " in project " + PROJECT + " is COMPLETE",
                "a request for a migration that is complete")
                .body(MATCHERS.body("LiveMigrationResponse").like("_id", MIGRATION).eachLike("migrationHosts", "vm001.example.com")
                        .exactly("status", "COMPLETE").exactly("readyForCutover", false).pact())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "complete")
    void seesTheMigrationComplete(MockServer server) {
        LiveMigrationResponse done = AtlasCutover.of(atlas(server)).awaitComplete(PROJECT, MIGRATION);

        assertThat(done.getStatus()).isEqualTo(LiveMigrationStatus.COMPLETE);
        assertThat(done.getLagTimeSeconds()).isNull();
    }

    @Pact(consumer = CONSUMER)
    V4Pact expired(PactDslWithProvider builder) {
        return getMigration(builder, "live migration " + MIGRATION + " in project " + PROJECT + " has EXPIRED",
                "a request for a migration whose cutover window ran out")
                .body(MATCHERS.body("LiveMigrationResponse").like("_id", MIGRATION).eachLike("migrationHosts", "vm001.example.com")
                        .exactly("status", "EXPIRED").like("readyForCutover", false).pact())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "expired")
    void anExpiredMigrationEndsTheCutoverWithItsReason(MockServer server) {
        CutoverException expired = catchThrowableOfType(CutoverException.class,
                () -> AtlasCutover.of(atlas(server)).run(PROJECT, MIGRATION));

        assertThat(expired.reason()).isEqualTo(CutoverException.Reason.EXPIRED);
    }

    @Pact(consumer = CONSUMER)
    V4Pact deleteLink(PactDslWithProvider builder) {
        return request(builder, LINKED, "a request to delete the organization's link", "DELETE",
                "/api/atlas/v2/orgs/" + ORG + "/liveMigrations/linkTokens", "deleteOrgLiveMigrationLinkTokens")
                .willRespondWith().status(204)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "deleteLink")
    void deletesTheLinkOnceDone(MockServer server) throws Exception {
        atlas(server).deleteOrgLiveMigrationLinkTokens(ORG, null, null);
    }

    private interface Call {
        void run() throws ApiException;
    }

    private static void assertRefused(Call call, int status, String errorCode) throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class, call::run);
        assertThat(refused.getCode()).isEqualTo(status);
        assertThat(JSON.readTree(refused.getResponseBody()).path("errorCode").asText()).isEqualTo(errorCode);
    }
}
