package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mongoapitoolkit.atlas.client.api.CloudMigrationServiceApi;
import io.github.mongoapitoolkit.atlas.client.invoker.ApiException;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationStatus;
import io.github.mongoapitoolkit.client.auth.ApiKey;
import io.github.mongoapitoolkit.client.auth.AtlasClients;
import io.github.mongoapitoolkit.client.auth.OpsManagerClients;
import io.github.mongoapitoolkit.client.auth.ServiceAccount;
import io.github.mongoapitoolkit.mongosync.client.api.ProgressApi;
import io.github.mongoapitoolkit.mongosync.client.api.SyncControlApi;
import io.github.mongoapitoolkit.mongosync.client.model.StartRequest;
import io.github.mongoapitoolkit.mongosync.client.model.SyncState;
import io.github.mongoapitoolkit.opsmanager.client.api.CheckpointsApi;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glassfish.jersey.client.ClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Digest and bearer flows with real clients: the generated clients built by the toolkit's
 * factories, and plain {@code curl --digest} as the seeds show it. A client filter checks every
 * response the generated clients receive against the spec.
 */
class RealClientsTest {

    private static final String GROUP = "5e2211c17a3e5a48f5497de3";
    private static final ApiKey KEY = new ApiKey(StubFixture.PUBLIC_KEY, StubFixture.PRIVATE_KEY);

    private StubFixture stub;
    private final List<io.github.mongoapitoolkit.conformance.Violation> problems = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        stub = new StubFixture();
    }

    @AfterEach
    void stop() {
        stub.close();
        assertThat(problems).as("responses that break the spec").isEmpty();
    }

    @Test
    void generatedAtlasClientWithApiKeyReadsEveryMigration() throws Exception {
        var client = AtlasClients.withApiKey(stub.servers().cloudUri().toString(), KEY);
        client.setClientConfig(checked(client.getClientConfig(), false));
        CloudMigrationServiceApi api = new CloudMigrationServiceApi(client);

        assertThat(api.getGroupLiveMigration(GROUP, "32b6e34b3d91647abb20e7b8", null, null).getStatus()).isEqualTo(LiveMigrationStatus.NEW);
        assertThat(api.getGroupLiveMigration(GROUP, "6296fb4c7c7aa997cf94e9a9", null, true).getLagTimeSeconds()).isNull();
        assertThatThrownBy(() -> api.getGroupLiveMigration("111111111111111111111111", "32b6e34b3d91647abb20e7b8", null, null))
                .isInstanceOf(ApiException.class).hasFieldOrPropertyWithValue("code", 404);
    }

    @Test
    void generatedAtlasClientWithServiceAccountUsesABearerToken() throws Exception {
        var client = AtlasClients.withServiceAccount(stub.servers().cloudUri().toString(),
                new ServiceAccount(StubFixture.CLIENT_ID, StubFixture.CLIENT_SECRET));
        client.setClientConfig(checked(client.getClientConfig(), false));

        var migration = new CloudMigrationServiceApi(client).getGroupLiveMigration(GROUP, "6296fb4c7c7aa997cf94e9a8", null, null);

        assertThat(migration.getStatus()).isEqualTo(LiveMigrationStatus.WORKING);
    }

    @Test
    void generatedAtlasClientWithWrongKeyIsUnauthorized() {
        var client = AtlasClients.withApiKey(stub.servers().cloudUri().toString(), new ApiKey(StubFixture.PUBLIC_KEY, "wrong"));
        client.setClientConfig(checked(client.getClientConfig(), false));

        assertThatThrownBy(() -> new CloudMigrationServiceApi(client).getGroupLiveMigration(GROUP, "32b6e34b3d91647abb20e7b8", null, null))
                .isInstanceOf(ApiException.class).hasFieldOrPropertyWithValue("code", 401);
    }

    @Test
    void generatedOpsManagerClientWithApiKeyPagesCheckpoints() throws Exception {
        var client = OpsManagerClients.withApiKey(stub.servers().cloudUri().toString(), KEY);
        client.setClientConfig(checked(client.getClientConfig(), false));
        CheckpointsApi api = new CheckpointsApi(client);

        var page = api.listCheckpoints(GROUP, "5e2211c17a3e5a48f5497de4", 2, 4, true, null, null);
        assertThat(page.getResults()).hasSize(4);
        assertThat(page.getTotalCount()).isEqualTo(9);
        assertThat(api.getCheckpoint(GROUP, "5e2211c17a3e5a48f5497de4", "55bc0658e4b097a3efe06f1f", null, null).getParts()).hasSize(3);
    }

    @Test
    void generatedMongosyncClientStartsAndFollowsASync() throws Exception {
        var client = new io.github.mongoapitoolkit.mongosync.client.invoker.ApiClient();
        client.setBasePath(stub.servers().mongosyncUri().toString());
        client.setClientConfig(checked(client.getClientConfig(), true));
        stub.clock().advance(Duration.ofSeconds(2));

        new SyncControlApi(client).startSync(new StartRequest().source("cluster0").destination("cluster1"));
        stub.clock().advance(Duration.ofSeconds(120));
        var progress = new ProgressApi(client).getProgress().getProgress();

        assertThat(progress.getState()).isEqualTo(SyncState.RUNNING);
        assertThat(progress.getCanCommit()).isTrue();
    }

    @Test
    void curlDigestFromTheSeedsWorksAgainstTheStub() throws Exception {
        assumeTrue(new java.io.File("/usr/bin/curl").canExecute(), "curl is not installed");
        String url = stub.servers().cloudUri() + "/api/atlas/v2/groups/" + GROUP + "/liveMigrations/32b6e34b3d91647abb20e7b8?pretty=true";
        Process curl = new ProcessBuilder("curl", "--silent", "--user", StubFixture.PUBLIC_KEY + ":" + StubFixture.PRIVATE_KEY,
                "--digest", "--include", "--header", "Accept: application/vnd.atlas.2023-01-01+json", "-X", "GET", url)
                .redirectErrorStream(true).start();
        String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(curl.waitFor()).isZero();
        assertThat(output).contains("HTTP/1.1 401", "WWW-Authenticate: Digest realm=\"MMS Public API\"", "HTTP/1.1 200",
                "\"_id\" : \"32b6e34b3d91647abb20e7b8\"");

        String checkpoints = stub.servers().cloudUri() + "/api/public/v1.0/groups/" + GROUP + "/clusters/5e2211c17a3e5a48f5497de4/checkpoints";
        Process list = new ProcessBuilder("curl", "--silent", "--user", StubFixture.PUBLIC_KEY + ":" + StubFixture.PRIVATE_KEY,
                "--digest", "--header", "Accept: application/json", "--include", "--request", "GET", checkpoints)
                .redirectErrorStream(true).start();
        assertThat(new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("HTTP/1.1 200", "\"totalCount\":9");
    }

    /** Adds a filter that checks every response the client receives against the spec. */
    private ClientConfig checked(ClientConfig config, boolean mongosyncServer) {
        return config.register((ClientResponseFilter) (ClientRequestContext request, ClientResponseContext response) -> {
            byte[] body = response.hasEntity() ? response.getEntityStream().readAllBytes() : new byte[0];
            response.setEntityStream(new ByteArrayInputStream(body));
            problems.addAll(Conformance.problems(mongosyncServer, request.getMethod(), request.getUri().getRawPath(),
                    request.getUri().getRawQuery(), response.getStatus(), response.getHeaders(), new String(body, StandardCharsets.UTF_8)));
        });
    }
}
