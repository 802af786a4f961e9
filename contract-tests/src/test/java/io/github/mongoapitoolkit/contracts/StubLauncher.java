package io.github.mongoapitoolkit.contracts;

import io.github.mongoapitoolkit.stubs.StubServerOptions;
import io.github.mongoapitoolkit.stubs.StubServers;
import io.github.mongoapitoolkit.stubs.auth.Credentials;
import io.github.mongoapitoolkit.stubs.common.SimulationClock;
import io.github.mongoapitoolkit.stubs.dataset.DatasetLoader;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Starts the real stub server in this JVM on loopback with its built-in dataset, quietly, for
 * the tests that talk to it (provider verification, client resilience, fuzzing).
 */
public final class StubLauncher {

    /** Parsed once per run: every stub the tests start and the dataset checks share them. */
    public static final ApiSpecs SPECS = ApiSpecs.load();

    private StubLauncher() {
    }

    /**
     * @param mongosyncPort      0 for any free port
     * @param rateLimitPerMinute requests per identity per minute on the cloud server
     * @param publicKey          the API key's public part, which also names its service account
     * @param privateKey         the API key's private part
     * @param clock              the mongosync simulation's clock
     * @param wallClockMillis    the clock rate limits, nonces and tokens go by
     */
    public static StubServers start(int mongosyncPort, int rateLimitPerMinute, String publicKey, String privateKey,
            SimulationClock clock, LongSupplier wallClockMillis) {
        StubServerOptions options = StubServerOptions.defaults().withPorts(mongosyncPort, 0).withRateLimit(rateLimitPerMinute)
                .withQuiet(true);
        return StubServers.start(options, new DatasetLoader(SPECS).builtIn(), credentials(publicKey, privateKey), clock, SPECS,
                wallClockMillis);
    }

    /** The credentials {@link #start} gives a stub: the API key, and a service account named after it. */
    public static Credentials credentials(String publicKey, String privateKey) {
        return Credentials.fromEnvironment(Map.of(
                Credentials.PUBLIC_API_KEY, publicKey, Credentials.PRIVATE_API_KEY, privateKey,
                Credentials.CLIENT_ID, "mdb_sa_id_" + publicKey, Credentials.CLIENT_SECRET, "mdb_sa_sk_" + publicKey));
    }
}
