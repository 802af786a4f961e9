package io.github.mongoapitoolkit.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import io.github.mongoapitoolkit.atlas.client.api.CloudMigrationServiceApi;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationResponse;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationStatus;
import io.github.mongoapitoolkit.opsmanager.client.api.CheckpointsApi;
import io.github.mongoapitoolkit.opsmanager.client.model.CheckpointList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The authentication factories, exercised end to end through the generated clients against a
 * loopback server that challenges like Atlas: a Digest challenge whose answer it verifies with
 * MD5 (RFC 7616, qop auth), and a token endpoint that checks HTTP Basic client credentials.
 */
class AuthenticationFactoriesTest {

    private static final String GROUP = "5e2211c17a3e5a48f5497de3";
    private static final String MIGRATION = "32b6e34b3d91647abb20e7b8";
    private static final String LIVE_MIGRATION_PATH = "/api/atlas/v2/groups/" + GROUP + "/liveMigrations/" + MIGRATION;
    private static final String LIVE_MIGRATION = """
            {"_id":"32b6e34b3d91647abb20e7b8","lagTimeSeconds":42,"migrationHosts":["vm001.example.com"],"readyForCutover":true,"status":"NEW"}""";
    private static final String ATLAS_JSON = "application/vnd.atlas.2023-01-01+json";
    private static final ApiKey KEY = new ApiKey("wlyyscpk", "8e5fd0a1-9c4b-4f0e-a2f3-5bd7c52b1b4c");

    @Test
    void atlasClientWithApiKeyAnswersTheDigestChallenge() throws Exception {
        try (ChallengingServer server = new ChallengingServer()) {
            server.handle(LIVE_MIGRATION_PATH, exchange -> answerDigest(exchange, KEY, LIVE_MIGRATION, ATLAS_JSON));

            LiveMigrationResponse migration = new CloudMigrationServiceApi(AtlasClients.withApiKey(server.baseUrl(), KEY))
                    .getGroupLiveMigration(GROUP, MIGRATION, null, null);

            assertThat(migration.getStatus()).isEqualTo(LiveMigrationStatus.NEW);
            assertThat(server.authorizations).hasSize(2);
            assertThat(server.authorizations.get(0)).isEqualTo("null");
            assertThat(server.authorizations.get(1)).startsWith("Digest ").contains("username=\"wlyyscpk\"");
        }
    }

    @Test
    void opsManagerClientWithApiKeyAnswersTheDigestChallenge() throws Exception {
        String path = "/api/public/v1.0/groups/" + GROUP + "/clusters/5e2211c17a3e5a48f5497de4/checkpoints";
        try (ChallengingServer server = new ChallengingServer()) {
            server.handle(path, exchange -> answerDigest(exchange, KEY,
                    "{\"links\":[],\"results\":[],\"totalCount\":0}", "application/json"));

            CheckpointList list = new CheckpointsApi(OpsManagerClients.withApiKey(server.baseUrl(), KEY))
                    .listCheckpoints(GROUP, "5e2211c17a3e5a48f5497de4", null, null, null, null, null);

            assertThat(list.getTotalCount()).isZero();
        }
    }

    @Test
    void atlasClientWithWrongPrivateKeyGetsUnauthorized() throws Exception {
        try (ChallengingServer server = new ChallengingServer()) {
            server.handle(LIVE_MIGRATION_PATH, exchange -> answerDigest(exchange, KEY, LIVE_MIGRATION, ATLAS_JSON));
            CloudMigrationServiceApi api = new CloudMigrationServiceApi(
                    AtlasClients.withApiKey(server.baseUrl(), new ApiKey(KEY.publicKey(), "wrong")));

            assertThatThrownBy(() -> api.getGroupLiveMigration(GROUP, MIGRATION, null, null))
                    .hasFieldOrPropertyWithValue("code", 401);
        }
    }

    @Test
    void atlasClientWithServiceAccountSendsTheTokenItObtained() throws Exception {
        ServiceAccount account = new ServiceAccount("mdb_sa_id_1234", "mdb_sa_sk_5678");
        try (ChallengingServer server = new ChallengingServer()) {
            server.handle(AtlasClients.TOKEN_PATH, exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String basic = "Basic " + Base64.getEncoder().encodeToString(
                        (account.clientId() + ":" + account.clientSecret()).getBytes(StandardCharsets.UTF_8));
                boolean valid = exchange.getRequestMethod().equals("POST")
                        && basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                        && body.contains("grant_type=client_credentials");
                ChallengingServer.send(exchange, valid ? 200 : 401, "application/json", valid
                        ? "{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
                        : "{\"error\":\"invalid_client\"}");
            });
            server.handle(LIVE_MIGRATION_PATH, exchange -> {
                boolean valid = "Bearer token-1".equals(exchange.getRequestHeaders().getFirst("Authorization"));
                ChallengingServer.send(exchange, valid ? 200 : 401, valid ? ATLAS_JSON : "application/json",
                        valid ? LIVE_MIGRATION : "{\"error\":401,\"errorCode\":\"UNEXPECTED_ERROR\"}");
            });

            LiveMigrationResponse migration = new CloudMigrationServiceApi(
                    AtlasClients.withServiceAccount(server.baseUrl(), account))
                    .getGroupLiveMigration(GROUP, MIGRATION, null, null);

            assertThat(migration.getId()).isEqualTo(MIGRATION);
            assertThat(server.authorizations).last().isEqualTo("Bearer token-1");
        }
    }

    @Test
    void atlasClientFromEnvironmentPrefersTheServiceAccount() {
        Map<String, String> both = Map.of(
                AtlasClients.CLIENT_ID, "id", AtlasClients.CLIENT_SECRET, "secret",
                AtlasClients.PUBLIC_API_KEY, "pub", AtlasClients.PRIVATE_API_KEY, "priv");
        Map<String, String> keyOnly = Map.of(AtlasClients.PUBLIC_API_KEY, "pub", AtlasClients.PRIVATE_API_KEY, "priv");

        assertThat(AtlasClients.fromEnvironment("http://127.0.0.1:1", both).getAuthentications()).containsKey("ServiceAccounts");
        assertThat(AtlasClients.fromEnvironment("http://127.0.0.1:1", keyOnly).getClientConfig().getInstances())
                .anyMatch(feature -> feature.getClass().getSimpleName().equals("HttpAuthenticationFeature"));
        assertThatThrownBy(() -> AtlasClients.fromEnvironment("http://127.0.0.1:1", Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(AtlasClients.PUBLIC_API_KEY);
    }

    @Test
    void credentialsNeverPrintTheirSecrets() {
        assertThat(KEY.toString()).doesNotContain(KEY.privateKey());
        assertThat(new ServiceAccount("id", "very-secret").toString()).doesNotContain("very-secret");
    }

    /** Challenges a request without credentials; serves the body when the digest response is right. */
    private static void answerDigest(HttpExchange exchange, ApiKey key, String body, String contentType) throws IOException {
        if (DigestChallenger.verified(exchange, key).isPresent()) {
            ChallengingServer.send(exchange, 200, contentType, body);
        } else {
            DigestChallenger.challenge(exchange);
        }
    }
}
