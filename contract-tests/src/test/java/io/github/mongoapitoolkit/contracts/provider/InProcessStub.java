package io.github.mongoapitoolkit.contracts.provider;

import io.github.mongoapitoolkit.contracts.StubLauncher;
import io.github.mongoapitoolkit.stubs.StubServers;
import io.github.mongoapitoolkit.testing.MongoApiStubs;
import io.github.mongoapitoolkit.stubs.common.ManualClock;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import java.net.URI;

/**
 * The real stub server, started in this JVM on free loopback ports with its built-in dataset and
 * a clock the provider states move by hand. One per interaction, so no state leaks between them.
 */
final class InProcessStub implements AutoCloseable {

    static final String PUBLIC_KEY = "verifierpublickey";
    static final String PRIVATE_KEY = "verifier-private-key";
    /** Small enough that a provider state can use it up, large enough for any one interaction. */
    static final int RATE_LIMIT_PER_MINUTE = 20;

    static final ApiSpecs SPECS = StubLauncher.SPECS;

    private final ManualClock clock = new ManualClock();
    private final StubServers servers;

    InProcessStub() {
        servers = StubLauncher.start(0, RATE_LIMIT_PER_MINUTE, PUBLIC_KEY, PRIVATE_KEY, clock, System::currentTimeMillis);
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

    /** The published test handle on this stub: provider states are set by its {@code given}. */
    MongoApiStubs stubs() {
        return MongoApiStubs.of(servers, StubLauncher.credentials(PUBLIC_KEY, PRIVATE_KEY), clock);
    }

    StubServers servers() {
        return servers;
    }

    @Override
    public void close() {
        servers.close();
    }
}
