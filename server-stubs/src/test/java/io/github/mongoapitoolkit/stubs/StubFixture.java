package io.github.mongoapitoolkit.stubs;

import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import java.util.List;
import io.github.mongoapitoolkit.stubs.auth.Credentials;
import io.github.mongoapitoolkit.stubs.common.ManualClock;
import io.github.mongoapitoolkit.stubs.dataset.Dataset;
import io.github.mongoapitoolkit.stubs.dataset.DatasetLoader;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/** The stub server started in-process on free loopback ports, with a clock the test drives. */
final class StubFixture implements AutoCloseable {

    static final String PUBLIC_KEY = "testpublickey";
    static final String PRIVATE_KEY = "test-private-key-1234";
    static final String CLIENT_ID = "mdb_sa_id_test";
    static final String CLIENT_SECRET = "mdb_sa_sk_test";
    static final ApiSpecs SPECS = ApiSpecs.load();

    private static final int DEFAULT_RATE_LIMIT = 10_000;
    private static final long DEFAULT_NONCE_LIFETIME = 300;
    /** Not 0, so that a simulator that mixes an instant with a duration shows it. */
    private static final long SIMULATION_START = 1_764_633_600_000L;

    private final ManualClock clock = new ManualClock(SIMULATION_START);
    private final StubServers servers;

    StubFixture(int rateLimitPerMinute, long nonceLifetimeSeconds) {
        this(rateLimitPerMinute, nonceLifetimeSeconds, true, System::currentTimeMillis);
    }

    /** @param fastPath false for a server that answers everything through Jersey ({@code --no-fast-path}) */
    StubFixture(int rateLimitPerMinute, long nonceLifetimeSeconds, boolean fastPath, LongSupplier wallClockMillis) {
        this(options(rateLimitPerMinute, nonceLifetimeSeconds).withFastPath(fastPath), SPECS, wallClockMillis, List.of());
    }

    /** A stub with these options, specs and extra admission checks. */
    StubFixture(StubServerOptions options, ApiSpecs specs, LongSupplier wallClockMillis, List<Admission> moreChecks) {
        this(options, specs, new DatasetLoader(specs).builtIn(), wallClockMillis, moreChecks);
    }

    /** A stub serving {@code dataset} with the usual test credentials and limits. */
    StubFixture(Dataset dataset) {
        this(options(DEFAULT_RATE_LIMIT, DEFAULT_NONCE_LIFETIME), SPECS, dataset, System::currentTimeMillis, List.of());
    }

    private StubFixture(StubServerOptions options, ApiSpecs specs, Dataset dataset, LongSupplier wallClockMillis,
            List<Admission> moreChecks) {
        Credentials credentials = Credentials.fromEnvironment(Map.of(
                Credentials.PUBLIC_API_KEY, PUBLIC_KEY, Credentials.PRIVATE_API_KEY, PRIVATE_KEY,
                Credentials.CLIENT_ID, CLIENT_ID, Credentials.CLIENT_SECRET, CLIENT_SECRET));
        servers = StubServers.start(options, dataset, credentials, clock, specs, wallClockMillis, moreChecks);
    }

    StubFixture() {
        this(DEFAULT_RATE_LIMIT, DEFAULT_NONCE_LIFETIME);
    }

    private static StubServerOptions options(int rateLimitPerMinute, long nonceLifetimeSeconds) {
        return StubServerOptions.defaults().withPorts(0, 0).withRateLimit(rateLimitPerMinute)
                .withNonceLifetime(nonceLifetimeSeconds).withQuiet(true);
    }

    StubServers servers() {
        return servers;
    }

    ManualClock clock() {
        return clock;
    }

    @Override
    public void close() {
        servers.close();
    }
}
