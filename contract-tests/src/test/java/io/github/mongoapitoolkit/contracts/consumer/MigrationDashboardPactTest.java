package io.github.mongoapitoolkit.contracts.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.atlas.client.api.CloudMigrationServiceApi;
import io.github.mongoapitoolkit.atlas.client.invoker.ApiClient;
import io.github.mongoapitoolkit.atlas.client.invoker.ApiException;
import io.github.mongoapitoolkit.atlas.client.model.ApiError;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationResponse;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationStatus;
import io.github.mongoapitoolkit.client.auth.ApiKey;
import io.github.mongoapitoolkit.client.auth.AtlasClients;
import io.github.mongoapitoolkit.conformance.MongoApi;
import io.github.mongoapitoolkit.contracts.ApiContract;
import io.github.mongoapitoolkit.testing.pact.SpecBody;
import io.github.mongoapitoolkit.testing.pact.SpecMatchers;
import io.github.mongoapitoolkit.conformance.ApiSpec;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A dashboard of live migrations into Atlas, as the consumer {@code migration-dashboard} of the
 * provider {@code atlas-live-migrations}, written with the generated client and Digest auth.
 * Ids and hosts are matched with the spec's own patterns; a nullable field gets one interaction
 * with null and one with a value.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ApiContract.ATLAS_PROVIDER, pactVersion = PactSpecVersion.V4)
class MigrationDashboardPactTest {

    static final String PROJECT = "5e2211c17a3e5a48f5497de3";
    static final String PATH = "/api/atlas/v2/groups/%s/liveMigrations/%s";
    static final String OPERATION = "getGroupLiveMigration";

    private static final ApiSpec SPEC = ApiContract.ATLAS_LIVE_MIGRATIONS.spec();
    private static final SpecMatchers MATCHERS = SpecMatchers.of(MongoApi.ATLAS_LIVE_MIGRATIONS);
    private static final ObjectMapper JSON = new io.github.mongoapitoolkit.atlas.client.invoker.JSON().getMapper();
    private static final ApiKey KEY = new ApiKey("dashboardpublickey", "dashboard-private-key");

    private static PactDslResponse get(PactDslWithProvider builder, String state, String description, String groupId,
            String migrationId, int status) {
        String mediaType = SPEC.mediaType(OPERATION, "200");
        return builder.given(state)
                .uponReceiving(description)
                .path(String.format(PATH, groupId, migrationId)).method("GET")
                .matchHeader("Accept", Pattern.quote(mediaType), mediaType)
                .willRespondWith().status(status)
                .matchHeader("Content-Type", SPEC.contentTypePattern(OPERATION, String.valueOf(status)),
                        status == 200 ? mediaType + ";charset=utf-8" : "application/json");
    }

    /** A live migration body by the published spec matchers: ids and hosts by the spec's patterns. */
    private static SpecBody migration(String id, String host, boolean readyForCutover) {
        return MATCHERS.body("LiveMigrationResponse")
                .like("_id", id)
                .eachLike("migrationHosts", host)
                .like("readyForCutover", readyForCutover);
    }

    private static PactDslJsonBody apiError(int status, String errorCode) {
        return new PactDslJsonBody()
                .numberValue("error", status)
                .stringValue("errorCode", errorCode)
                .stringType("detail", "Explanation of the error.")
                .stringType("reason", "Reason phrase");
    }

    private static LiveMigrationResponse fetch(MockServer server, String migrationId) throws ApiException {
        return fetch(server, PROJECT, migrationId);
    }

    private static LiveMigrationResponse fetch(MockServer server, String groupId, String migrationId) throws ApiException {
        return new CloudMigrationServiceApi(AtlasClients.withApiKey(server.getUrl(), KEY))
                .getGroupLiveMigration(groupId, migrationId, null, null);
    }

    private static ApiError refusal(ApiException e) throws Exception {
        return JSON.readValue(e.getResponseBody(), ApiError.class);
    }

    private interface Call {
        void run() throws ApiException;
    }

    /** The call is refused with the status and the stable errorCode, never the prose. */
    private static ApiException assertRefused(Call call, int status, String errorCode) throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class, call::run);
        assertThat(refused.getCode()).isEqualTo(status);
        assertThat(refusal(refused).getErrorCode()).isEqualTo(errorCode);
        return refused;
    }

    // --- 200 for each status ---

    @Pact(consumer = ApiContract.ATLAS_CONSUMER)
    V4Pact newMigration(PactDslWithProvider builder) {
        return get(builder, "live migration 32b6e34b3d91647abb20e7b8 in project 5e2211c17a3e5a48f5497de3 is NEW",
                "a request for a NEW live migration", PROJECT, "32b6e34b3d91647abb20e7b8", 200)
                .body(migration("32b6e34b3d91647abb20e7b8", "vm001.example.com", true)
                        .exactly("status", "NEW")
                        .like("lagTimeSeconds", 42).pact())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "newMigration")
    void showsANewMigration(MockServer server) throws Exception {
        LiveMigrationResponse migration = fetch(server, "32b6e34b3d91647abb20e7b8");
        assertThat(migration.getStatus()).isEqualTo(LiveMigrationStatus.NEW);
        assertThat(migration.getMigrationHosts()).isNotEmpty();
    }

    @Pact(consumer = ApiContract.ATLAS_CONSUMER)
    V4Pact workingMigrationWithLag(PactDslWithProvider builder) {
        return get(builder, "live migration 6296fb4c7c7aa997cf94e9a8 in project 5e2211c17a3e5a48f5497de3 is WORKING with lag",
                "a request for a WORKING live migration", PROJECT, "6296fb4c7c7aa997cf94e9a8", 200)
                .body(migration("6296fb4c7c7aa997cf94e9a8", "10.0.12.7", false)
                        .exactly("status", "WORKING")
                        .like("lagTimeSeconds", 3).pact())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "workingMigrationWithLag")
    void showsTheLagOfAWorkingMigration(MockServer server) throws Exception {
        LiveMigrationResponse migration = fetch(server, "6296fb4c7c7aa997cf94e9a8");
        assertThat(migration.getStatus()).isEqualTo(LiveMigrationStatus.WORKING);
        assertThat(migration.getLagTimeSeconds()).isNotNull();
    }

    @Pact(consumer = ApiContract.ATLAS_CONSUMER)
    V4Pact failedMigrationWithNullLag(PactDslWithProvider builder) {
        return get(builder, "live migration 6296fb4c7c7aa997cf94e9a9 in project 5e2211c17a3e5a48f5497de3 has FAILED and reports no lag",
                "a request for a FAILED live migration", PROJECT, "6296fb4c7c7aa997cf94e9a9", 200)
                .body(migration("6296fb4c7c7aa997cf94e9a9", "fe80:0:0:0:202:b3ff:fe1e:8329", false)
                        .exactly("status", "FAILED")
                        .like("lagTimeSeconds", null).pact())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "failedMigrationWithNullLag")
    void showsAFailedMigrationWithoutLag(MockServer server) throws Exception {
        LiveMigrationResponse migration = fetch(server, "6296fb4c7c7aa997cf94e9a9");
        assertThat(migration.getStatus()).isEqualTo(LiveMigrationStatus.FAILED);
        assertThat(migration.getLagTimeSeconds()).isNull();
    }

    @Pact(consumer = ApiContract.ATLAS_CONSUMER)
    V4Pact completeMigration(PactDslWithProvider builder) {
        return get(builder, "live migration 6296fb4c7c7aa997cf94e9aa in project 5e2211c17a3e5a48f5497de3 is COMPLETE",
                "a request for a COMPLETE live migration", PROJECT, "6296fb4c7c7aa997cf94e9aa", 200)
                .body(migration("6296fb4c7c7aa997cf94e9aa", "migration01.example.com", false)
                        .exactly("status", "COMPLETE").pact())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "completeMigration")
    void showsACompleteMigration(MockServer server) throws Exception {
        assertThat(fetch(server, "6296fb4c7c7aa997cf94e9aa").getStatus()).isEqualTo(LiveMigrationStatus.COMPLETE);
    }

    @Pact(consumer = ApiContract.ATLAS_CONSUMER)
    V4Pact expiredMigration(PactDslWithProvider builder) {
        return get(builder, "live migration 6296fb4c7c7aa997cf94e9ab in project 5e2211c17a3e5a48f5497de3 has EXPIRED",
                "a request for an EXPIRED live migration", PROJECT, "6296fb4c7c7aa997cf94e9ab", 200)
                .body(migration("6296fb4c7c7aa997cf94e9ab", "vm002.example.com", true)
                        .exactly("status", "EXPIRED")
                        .like("lagTimeSeconds", null).pact())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "expiredMigration")
    void showsAnExpiredMigration(MockServer server) throws Exception {
        LiveMigrationResponse migration = fetch(server, "6296fb4c7c7aa997cf94e9ab");
        assertThat(migration.getStatus()).isEqualTo(LiveMigrationStatus.EXPIRED);
        assertThat(migration.getReadyForCutover()).isTrue();
    }

    @Pact(consumer = ApiContract.ATLAS_CONSUMER)
    V4Pact migrationWithNullStatus(PactDslWithProvider builder) {
        return get(builder, "live migration 6296fb4c7c7aa997cf94e9ac in project 5e2211c17a3e5a48f5497de3 has no status yet",
                "a request for a live migration whose status is null", PROJECT, "6296fb4c7c7aa997cf94e9ac", 200)
                .body(migration("6296fb4c7c7aa997cf94e9ac", "vm003.example.com", false)
                        .exactly("status", null).pact())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "migrationWithNullStatus")
    void showsAMigrationWhoseStatusIsNull(MockServer server) throws Exception {
        assertThat(fetch(server, "6296fb4c7c7aa997cf94e9ac").getStatus()).isNull();
    }

    // --- errors ---

    @Pact(consumer = ApiContract.ATLAS_CONSUMER)
    V4Pact unauthenticated(PactDslWithProvider builder) {
        return get(builder, "the caller sends no credentials",
                "a request without credentials", PROJECT, "6296fb4c7c7aa997cf94e9a8", 401)
                .matchHeader("WWW-Authenticate", "^Digest realm=\"MMS Public API\", .*nonce=\"[^\"]+\".*qop=\"auth\".*$",
                        "Digest realm=\"MMS Public API\", domain=\"\", nonce=\"cVJjUIUOmN5sdU5SZlNGahQR0CyoJYGk\", algorithm=MD5, qop=\"auth\", stale=false")
                .body(apiError(401, "UNEXPECTED_ERROR"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unauthenticated")
    void withoutCredentialsGetsADigestChallenge(MockServer server) throws Exception {
        ApiClient anonymous = new ApiClient().setBasePath(server.getUrl());
        ApiException refused = assertRefused(() -> new CloudMigrationServiceApi(anonymous)
                .getGroupLiveMigration(PROJECT, "6296fb4c7c7aa997cf94e9a8", null, null), 401, "UNEXPECTED_ERROR");

        assertThat(refused.getResponseHeaders().get("WWW-Authenticate")).singleElement().asString().startsWith("Digest ");
    }

    @Pact(consumer = ApiContract.ATLAS_CONSUMER)
    V4Pact offTheAccessList(PactDslWithProvider builder) {
        return get(builder, "project 5e2211c17a3e5a48f5497dea requires an API access list without the caller's address",
                "a request from an address off the API access list", "5e2211c17a3e5a48f5497dea", "6296fb4c7c7aa997cf94e9ae", 403)
                .body(apiError(403, "IP_ADDRESS_NOT_ON_ACCESS_LIST"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "offTheAccessList")
    void offTheAccessListIsForbidden(MockServer server) throws Exception {
        assertRefused(() -> fetch(server, "5e2211c17a3e5a48f5497dea", "6296fb4c7c7aa997cf94e9ae"), 403, "IP_ADDRESS_NOT_ON_ACCESS_LIST");
    }

    @Pact(consumer = ApiContract.ATLAS_CONSUMER)
    V4Pact unknownProject(PactDslWithProvider builder) {
        return get(builder, "project 111111111111111111111111 does not exist",
                "a request for a live migration in an unknown project", "111111111111111111111111", "6296fb4c7c7aa997cf94e9a8", 404)
                .body(apiError(404, "GROUP_NOT_FOUND"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownProject")
    void anUnknownProjectIsGroupNotFound(MockServer server) throws Exception {
        assertRefused(() -> fetch(server, "111111111111111111111111", "6296fb4c7c7aa997cf94e9a8"), 404, "GROUP_NOT_FOUND");
    }

    @Pact(consumer = ApiContract.ATLAS_CONSUMER)
    V4Pact unknownMigration(PactDslWithProvider builder) {
        return get(builder, "project 5e2211c17a3e5a48f5497de3 has no live migration 222222222222222222222222",
                "a request for an unknown live migration", PROJECT, "222222222222222222222222", 404)
                .body(apiError(404, "RESOURCE_NOT_FOUND"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownMigration")
    void anUnknownMigrationIsResourceNotFound(MockServer server) throws Exception {
        assertRefused(() -> fetch(server, "222222222222222222222222"), 404, "RESOURCE_NOT_FOUND");
    }

    @Pact(consumer = ApiContract.ATLAS_CONSUMER)
    V4Pact rateLimited(PactDslWithProvider builder) {
        return get(builder, "the API key has used up its rate limit",
                "a request over the rate limit", PROJECT, "6296fb4c7c7aa997cf94e9a8", 429)
                .matchHeader("Retry-After", "^[0-9]+$", "60")
                .matchHeader("RateLimit-Limit", "^[0-9]+$", "100")
                .matchHeader("RateLimit-Remaining", "^[0-9]+$", "0")
                .body(apiError(429, "RATE_LIMITED"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "rateLimited")
    void overTheRateLimitSaysWhenToRetry(MockServer server) throws Exception {
        ApiException refused = assertRefused(() -> fetch(server, "6296fb4c7c7aa997cf94e9a8"), 429, "RATE_LIMITED");

        assertThat(Integer.parseInt(refused.getResponseHeaders().get("Retry-After").get(0))).isNotNegative();
    }
}
