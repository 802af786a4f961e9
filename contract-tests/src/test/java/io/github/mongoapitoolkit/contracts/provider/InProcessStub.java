package io.github.mongoapitoolkit.contracts.provider;

import io.github.mongoapitoolkit.stubs.StubServerOptions;
import io.github.mongoapitoolkit.stubs.StubServers;
import io.github.mongoapitoolkit.stubs.auth.Credentials;
import io.github.mongoapitoolkit.stubs.common.ManualClock;
import io.github.mongoapitoolkit.stubs.dataset.DatasetLoader;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The real stub server, started in this JVM on free loopback ports with its built-in dataset and
 * a clock the provider states move by hand. One per interaction, so no state leaks between them.
 */
final class InProcessStub implements AutoCloseable {

    static final String PUBLIC_KEY = "verifierpublickey";
    static final String PRIVATE_KEY = "verifier-private-key";
    /** Small enough that a provider state can use it up, large enough for any one interaction. */
    static final int RATE_LIMIT_PER_MINUTE = 20;

    /** Parsed once per run: the stubs of every interaction and the dataset checks share them. */
    static final ApiSpecs SPECS = ApiSpecs.load();

    private final ManualClock clock = new ManualClock();
    private final StubServers servers;

    InProcessStub() {
        StubServerOptions options = new StubServerOptions("127.0.0.1", 0, 0, Optional.empty(), 1,
                RATE_LIMIT_PER_MINUTE, 300, true, false);
        Credentials credentials = Credentials.fromEnvironment(Map.of(
                Credentials.PUBLIC_API_KEY, PUBLIC_KEY, Credentials.PRIVATE_API_KEY, PRIVATE_KEY,
                Credentials.CLIENT_ID, "mdb_sa_id_verifier", Credentials.CLIENT_SECRET, "mdb_sa_sk_verifier"));
        servers = StubServers.start(options, new DatasetLoader(SPECS).builtIn(), credentials, clock, SPECS);
    }

    URI mongosyncUri() {
        return servers.mongosyncUri();
    }

    URI cloudUri() {
        return servers.cloudUri();
    }

    ManualClock clock() {
        return clock;
    }

    StubServers servers() {
        return servers;
    }

    @Override
    public void close() {
        servers.close();
    }
}
