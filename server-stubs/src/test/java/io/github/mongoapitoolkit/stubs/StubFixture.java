package io.github.mongoapitoolkit.stubs;

import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import java.util.List;
import io.github.mongoapitoolkit.stubs.auth.Credentials;
import io.github.mongoapitoolkit.stubs.common.ManualClock;
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

    private final ManualClock clock = new ManualClock();
    private final StubServers servers;

    StubFixture(int rateLimitPerMinute, long nonceLifetimeSeconds) {
        this(rateLimitPerMinute, nonceLifetimeSeconds, true, System::currentTimeMillis);
    }

    /** @param fastPath false for a server that answers everything through Jersey ({@code --no-fast-path}) */
    StubFixture(int rateLimitPerMinute, long nonceLifetimeSeconds, boolean fastPath, LongSupplier wallClockMillis) {
        this(StubServerOptions.defaults().withPorts(0, 0).withRateLimit(rateLimitPerMinute)
                .withNonceLifetime(nonceLifetimeSeconds).withFastPath(fastPath).withQuiet(true), SPECS, wallClockMillis, List.of());
    }

    /** A stub with these options, specs and extra admission checks. */
    StubFixture(StubServerOptions options, ApiSpecs specs, LongSupplier wallClockMillis, List<Admission> moreChecks) {
        Credentials credentials = Credentials.fromEnvironment(Map.of(
                Credentials.PUBLIC_API_KEY, PUBLIC_KEY, Credentials.PRIVATE_API_KEY, PRIVATE_KEY,
                Credentials.CLIENT_ID, CLIENT_ID, Credentials.CLIENT_SECRET, CLIENT_SECRET));
        servers = StubServers.start(options, new DatasetLoader(specs).builtIn(), credentials, clock, specs, wallClockMillis, moreChecks);
    }

    StubFixture() {
        this(10_000, 300);
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
