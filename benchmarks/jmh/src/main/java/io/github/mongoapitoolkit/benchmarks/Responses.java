package io.github.mongoapitoolkit.benchmarks;

import io.github.mongoapitoolkit.stubs.StubServerOptions;
import io.github.mongoapitoolkit.stubs.StubServers;
import io.github.mongoapitoolkit.stubs.auth.Credentials;
import io.github.mongoapitoolkit.stubs.common.ManualClock;
import io.github.mongoapitoolkit.stubs.dataset.DatasetLoader;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.glassfish.jersey.client.authentication.HttpAuthenticationFeature;

/**
 * The three response bodies the benchmarks work on, as the stub server sends them: mongosync's
 * progress in steady state (RUNNING, most fields set), one Atlas live migration and the Ops
 * Manager checkpoint list of the built-in dataset. Taken once from a stub started in-process.
 */
record Responses(byte[] progress, byte[] liveMigration, byte[] checkpoints) {

    static final String PROGRESS_PATH = "/api/v1/progress";
    static final String LIVE_MIGRATION_PATH =
            "/api/atlas/v2/groups/5e2211c17a3e5a48f5497de3/liveMigrations/32b6e34b3d91647abb20e7b8";
    static final String CHECKPOINTS_PATH =
            "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5e2211c17a3e5a48f5497de4/checkpoints";
    static final String ATLAS_JSON = "application/vnd.atlas.2023-01-01+json";

    private static final String PUBLIC_KEY = "jmhpublickey";
    private static final String PRIVATE_KEY = "jmh-private-key";

    static Responses fromStub() {
        ApiSpecs specs = ApiSpecs.load();
        ManualClock clock = new ManualClock();
        StubServerOptions options = StubServerOptions.defaults().withPorts(0, 0).withRateLimit(0).withQuiet(true);
        Credentials credentials = Credentials.fromEnvironment(Map.of(
                Credentials.PUBLIC_API_KEY, PUBLIC_KEY, Credentials.PRIVATE_API_KEY, PRIVATE_KEY));
        try (StubServers stub = StubServers.start(options, new DatasetLoader(specs).builtIn(), credentials, clock, specs)) {
            Client http = ClientBuilder.newClient().register(HttpAuthenticationFeature.digest(PUBLIC_KEY, PRIVATE_KEY));
            try {
                clock.advance(Duration.ofSeconds(3));
                ok(http.target(stub.mongosyncUri()).path("/api/v1/start").request()
                        .post(Entity.json("{\"source\":\"cluster0\",\"destination\":\"cluster1\"}")));
                clock.advance(Duration.ofSeconds(120));
                return new Responses(
                        ok(http.target(stub.mongosyncUri()).path(PROGRESS_PATH).request().get()),
                        ok(http.target(stub.cloudUri()).path(LIVE_MIGRATION_PATH).request(ATLAS_JSON).get()),
                        ok(http.target(stub.cloudUri()).path(CHECKPOINTS_PATH).request("application/json").get()));
            } finally {
                http.close();
            }
        }
    }

    private static byte[] ok(Response response) {
        String body = response.readEntity(String.class);
        if (response.getStatus() != 200) {
            throw new IllegalStateException("stub answered " + response.getStatus() + ": " + body);
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
