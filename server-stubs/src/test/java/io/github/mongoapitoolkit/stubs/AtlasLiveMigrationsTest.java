package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.stubs.StubHttp.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Atlas live migration GET and the token endpoint against the built-in dataset. */
class AtlasLiveMigrationsTest extends CloudStubTest {

    private static final String GROUP = "5e2211c17a3e5a48f5497de3";
    private static final String PATH = "/api/atlas/v2/groups/" + GROUP + "/liveMigrations/";
    private static Reply get(String pathAndQuery, String accept) {
        return http.cloud("GET", pathAndQuery, Map.of("Authorization", "Bearer " + token, "Accept", accept), null);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "32b6e34b3d91647abb20e7b8, NEW",
        "6296fb4c7c7aa997cf94e9a8, WORKING",
        "6296fb4c7c7aa997cf94e9a9, FAILED",
        "6296fb4c7c7aa997cf94e9aa, COMPLETE",
        "6296fb4c7c7aa997cf94e9ab, EXPIRED",
        "6296fb4c7c7aa997cf94e9ac, null"
    })
    void getGroupLiveMigrationReturnsTheStoredMigration(String id, String status) {
        Reply reply = get(PATH + id, StubHttp.ATLAS_JSON);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("_id").asText()).isEqualTo(id);
        assertThat(reply.body().get("status").asText()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).isEqualTo("application/vnd.atlas.2023-01-01+json;charset=utf-8");
        assertThat(reply.header("RateLimit-Limit")).isNotNull();
    }

    @Test
    void getGroupLiveMigrationSendsNullLagOfAFailedMigration() {
        assertThat(get(PATH + "6296fb4c7c7aa997cf94e9a9", StubHttp.ATLAS_JSON).body().get("lagTimeSeconds").isNull()).isTrue();
    }

    @Test
    void getGroupLiveMigrationReturnsGroupNotFoundWithItsId() {
        Reply reply = get("/api/atlas/v2/groups/111111111111111111111111/liveMigrations/32b6e34b3d91647abb20e7b8", StubHttp.ATLAS_JSON);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo("GROUP_NOT_FOUND");
        assertThat(reply.body().get("parameters").get(0).asText()).isEqualTo("111111111111111111111111");
    }

    @Test
    void getGroupLiveMigrationReturnsResourceNotFoundForAnUnknownMigration() {
        Reply reply = get(PATH + "222222222222222222222222", StubHttp.ATLAS_JSON);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo("RESOURCE_NOT_FOUND");
    }

    @Test
    void getGroupLiveMigrationRefusesAProjectTheKeyCannotAccess() {
        Reply reply = get("/api/atlas/v2/groups/5e2211c17a3e5a48f5497de9/liveMigrations/6296fb4c7c7aa997cf94e9ad", StubHttp.ATLAS_JSON);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.errorCode()).isEqualTo("NOT_IN_GROUP");
    }

    @Test
    void getGroupLiveMigrationRefusesACallerOffTheProjectsApiAccessList() {
        Reply reply = get("/api/atlas/v2/groups/5e2211c17a3e5a48f5497dea/liveMigrations/6296fb4c7c7aa997cf94e9ae", StubHttp.ATLAS_JSON);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.errorCode()).isEqualTo("IP_ADDRESS_NOT_ON_ACCESS_LIST");
        assertThat(reply.body().get("parameters").get(0).asText()).isEqualTo("127.0.0.1");
    }

    @ParameterizedTest(name = "Accept {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "application/vnd.atlas.2023-01-01+json | 200",
        "application/vnd.atlas.2025-03-12+json | 200",
        "application/json, application/vnd.atlas.2024-08-05+json | 200",
        "application/vnd.atlas.2022-12-31+json | 406",
        "application/vnd.atlas.2023-02-30+json | 406",
        "application/json | 406",
        "*/* | 406"
    })
    void getGroupLiveMigrationResolvesTheAcceptVersionLikeAtlas(String accept, int status) {
        Reply reply = get(PATH + "32b6e34b3d91647abb20e7b8", accept);
        assertThat(reply.status()).isEqualTo(status);
        if (status == 406) {
            assertThat(reply.errorCode()).isEqualTo("INVALID_VERSION_DATE");
        }
    }

    @Test
    void getGroupLiveMigrationWrapsBodyAndStatusInAnEnvelope() {
        Reply found = get(PATH + "32b6e34b3d91647abb20e7b8?envelope=true", StubHttp.ATLAS_JSON);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("status").asInt()).isEqualTo(200);
        assertThat(found.body().at("/content/_id").asText()).isEqualTo("32b6e34b3d91647abb20e7b8");

        Reply missing = get(PATH + "222222222222222222222222?envelope=true", StubHttp.ATLAS_JSON);
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body().get("status").asInt()).isEqualTo(404);
        assertThat(missing.body().at("/content/errorCode").asText()).isEqualTo("RESOURCE_NOT_FOUND");
    }

    @Test
    void getGroupLiveMigrationPrettyPrintsOnRequest() {
        assertThat(get(PATH + "32b6e34b3d91647abb20e7b8?pretty=true", StubHttp.ATLAS_JSON).raw().body()).contains("\n  \"_id\"");
        assertThat(get(PATH + "32b6e34b3d91647abb20e7b8", StubHttp.ATLAS_JSON).raw().body()).doesNotContain("\n");
    }

    @Test
    void getGroupLiveMigrationWithoutCredentialsGetsADigestChallenge() {
        Reply reply = http.cloud("GET", PATH + "32b6e34b3d91647abb20e7b8", Map.of("Accept", StubHttp.ATLAS_JSON), null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Digest realm=\"MMS Public API\"").contains("qop=\"auth\"", "stale=false");
    }

    @Test
    void getGroupLiveMigrationWithAForgedTokenIsUnauthorized() {
        Reply reply = http.cloud("GET", PATH + "32b6e34b3d91647abb20e7b8",
                Map.of("Authorization", "Bearer forged-" + token, "Accept", StubHttp.ATLAS_JSON), null);
        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void getGroupLiveMigrationWithDigestCredentialsSucceeds() {
        Reply reply = http.cloudWithDigest("GET", PATH + "32b6e34b3d91647abb20e7b8?pretty=true", Map.of("Accept", StubHttp.ATLAS_JSON));
        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void createAccessTokenRefusesWrongSecretAndOtherGrants() {
        String wrong = java.util.Base64.getEncoder().encodeToString((StubFixture.CLIENT_ID + ":wrong").getBytes());
        Reply unauthorized = http.cloud("POST", "/api/oauth/token", Map.of("Authorization", "Basic " + wrong,
                "Content-Type", "application/x-www-form-urlencoded"), "grant_type=client_credentials");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.errorCode()).isEqualTo("invalid_client");

        String right = java.util.Base64.getEncoder().encodeToString((StubFixture.CLIENT_ID + ":" + StubFixture.CLIENT_SECRET).getBytes());
        Reply unsupported = http.cloud("POST", "/api/oauth/token", Map.of("Authorization", "Basic " + right,
                "Content-Type", "application/x-www-form-urlencoded"), "grant_type=password");
        assertThat(unsupported.status()).isEqualTo(400);
        assertThat(unsupported.errorCode()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void getGroupLiveMigrationIsRateLimitedPerKey() {
        try (StubFixture limited = new StubFixture(3, 300)) {
            StubHttp limitedHttp = new StubHttp(limited);
            String limitedToken = limitedHttp.bearerToken();
            Map<String, String> headers = Map.of("Authorization", "Bearer " + limitedToken, "Accept", StubHttp.ATLAS_JSON);
            for (int i = 0; i < 3; i++) {
                assertThat(limitedHttp.cloud("GET", PATH + "32b6e34b3d91647abb20e7b8", headers, null).status()).isEqualTo(200);
            }
            Reply limitedReply = limitedHttp.cloud("GET", PATH + "32b6e34b3d91647abb20e7b8", headers, null);
            assertThat(limitedReply.status()).isEqualTo(429);
            assertThat(limitedReply.errorCode()).isEqualTo("RATE_LIMITED");
            assertThat(Integer.parseInt(limitedReply.header("Retry-After"))).isBetween(1, 60);
            assertThat(limitedReply.header("RateLimit-Remaining")).isEqualTo("0");
        }
    }
}
