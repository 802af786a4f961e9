package io.github.mongoapitoolkit.stubs.control;

import io.github.mongoapitoolkit.client.auth.ApiKey;
import io.github.mongoapitoolkit.client.auth.AtlasClients;
import io.github.mongoapitoolkit.client.auth.OpsManagerClients;
import io.github.mongoapitoolkit.client.auth.ServiceAccount;
import io.github.mongoapitoolkit.stubs.StubServers;
import io.github.mongoapitoolkit.stubs.auth.Credentials;
import io.github.mongoapitoolkit.stubs.common.AdjustableClock;
import io.github.mongoapitoolkit.stubs.faults.Faults;
import io.github.mongoapitoolkit.stubs.journal.RequestJournal;
import java.net.URI;
import java.time.Duration;

/**
 * What a test controls of a running stub, whoever drives it: the JUnit extension
 * (test-support's {@code MongoApiStubs}) and the admin API over HTTP both go through here, so
 * that a state name, a clock move or a fault means the same from Java and from another language.
 */
public final class StubControl {

    private final StubServers servers;
    private final Credentials credentials;
    private final AdjustableClock clock;

    private StubControl(StubServers servers, Credentials credentials, AdjustableClock clock) {
        this.servers = servers;
        this.credentials = credentials;
        this.clock = clock;
    }

    public static StubControl of(StubServers servers, Credentials credentials, AdjustableClock clock) {
        return new StubControl(servers, credentials, clock);
    }

    public URI mongosyncUri() {
        return servers.mongosyncUri();
    }

    public URI cloudUri() {
        return servers.cloudUri();
    }

    public ApiKey apiKey() {
        return new ApiKey(credentials.publicKey(), credentials.privateKey());
    }

    public ServiceAccount serviceAccount() {
        return new ServiceAccount(credentials.clientId(), credentials.clientSecret());
    }

    public io.github.mongoapitoolkit.mongosync.client.invoker.ApiClient mongosyncClient() {
        var client = new io.github.mongoapitoolkit.mongosync.client.invoker.ApiClient();
        client.setBasePath(mongosyncUri().toString());
        return client;
    }

    public io.github.mongoapitoolkit.atlas.client.invoker.ApiClient atlasClient() {
        return AtlasClients.withApiKey(cloudUri().toString(), apiKey());
    }

    public io.github.mongoapitoolkit.atlas.client.invoker.ApiClient atlasServiceAccountClient() {
        return AtlasClients.withServiceAccount(cloudUri().toString(), serviceAccount());
    }

    public io.github.mongoapitoolkit.opsmanager.client.invoker.ApiClient opsManagerClient() {
        return OpsManagerClients.withApiKey(cloudUri().toString(), apiKey());
    }

    /** The simulation's time, in milliseconds from an arbitrary origin. */
    public long millis() {
        return clock.millis();
    }

    /** Moves the simulation forward. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("The clock only moves forward: " + duration);
        }
        clock.advance(duration);
    }

    /**
     * Puts the stub in the named provider state; the requests the set-up sent are left out of the
     * journal, which holds what the test's own code did.
     *
     * @throws UnknownStubStateException for a name not in {@link StubStates#names()}
     */
    public void given(String state) {
        RequestJournal journal = servers.journal();
        int before = journal.size();
        StubStates.apply(state, this);
        journal.truncate(before);
    }

    /**
     * Back to a fresh start without a restart: mongosync INITIALIZING again with no sync, Atlas's
     * migrations and links as the dataset has them, no faults, an empty journal. The dataset, the
     * ports and the clock's time stay.
     */
    public void reset() {
        servers.faults().clear();
        servers.mongosync().reset();
        servers.liveMigrations().reset();
        servers.journal().clear();
    }

    public RequestJournal journal() {
        return servers.journal();
    }

    public Faults faults() {
        return servers.faults();
    }

    public StubServers servers() {
        return servers;
    }
}
