package io.github.mongoapitoolkit.testing;

import io.github.mongoapitoolkit.client.auth.ApiKey;
import io.github.mongoapitoolkit.client.auth.ServiceAccount;
import io.github.mongoapitoolkit.stubs.StubServers;
import io.github.mongoapitoolkit.stubs.auth.Credentials;
import io.github.mongoapitoolkit.stubs.common.ManualClock;
import io.github.mongoapitoolkit.stubs.control.StubControl;
import io.github.mongoapitoolkit.stubs.faults.Faults;
import io.github.mongoapitoolkit.stubs.journal.RequestJournal;
import java.net.URI;
import java.time.Duration;

/**
 * A running stub for one test class or one test: where it listens, the credentials it accepts,
 * generated clients ready to call it, its simulation clock and its provider states. Injected by
 * {@link MongoApiStubsExtension} into test methods, constructors and lifecycle methods.
 *
 * <pre>{@code
 * @MongoApiStubTest
 * class CutoverTest {
 *     @Test
 *     void waitsWhilePaused(MongoApiStubs stubs) {
 *         stubs.given("mongosync is PAUSED during the collection copy");
 *         var progress = new ProgressApi(stubs.mongosyncClient()).getProgress();
 *         ...
 * }</pre>
 */
public final class MongoApiStubs {

    private final StubServers servers;
    private final StubControl control;

    MongoApiStubs(StubServers servers, Credentials credentials, ManualClock clock) {
        this.servers = servers;
        this.control = StubControl.of(servers, credentials, clock);
    }

    /**
     * The handle of a stub a harness started itself (the toolkit's own provider verification
     * does), so that its provider states are set by the same {@link #given} as a consumer's.
     */
    public static MongoApiStubs of(StubServers servers, Credentials credentials, ManualClock clock) {
        return new MongoApiStubs(servers, credentials, clock);
    }

    /** mongosync's base URI, {@code http://127.0.0.1:PORT}: the API is under {@code /api/v1}. */
    public URI mongosyncUri() {
        return servers.mongosyncUri();
    }

    /** The Atlas and Ops Manager base URI, {@code http://127.0.0.1:PORT}. */
    public URI cloudUri() {
        return servers.cloudUri();
    }

    /** The API key the stub accepts with HTTP Digest (Atlas and Ops Manager). */
    public ApiKey apiKey() {
        return control.apiKey();
    }

    /** The service account the stub's token endpoint accepts (Atlas bearer tokens). */
    public ServiceAccount serviceAccount() {
        return control.serviceAccount();
    }

    /** A generated mongosync client pointed at the stub. */
    public io.github.mongoapitoolkit.mongosync.client.invoker.ApiClient mongosyncClient() {
        return control.mongosyncClient();
    }

    /** A generated Atlas client pointed at the stub, signing with {@link #apiKey()}. */
    public io.github.mongoapitoolkit.atlas.client.invoker.ApiClient atlasClient() {
        return control.atlasClient();
    }

    /** A generated Atlas client pointed at the stub, with bearer tokens of {@link #serviceAccount()}. */
    public io.github.mongoapitoolkit.atlas.client.invoker.ApiClient atlasServiceAccountClient() {
        return control.atlasServiceAccountClient();
    }

    /** A generated Ops Manager client pointed at the stub, signing with {@link #apiKey()}. */
    public io.github.mongoapitoolkit.opsmanager.client.invoker.ApiClient opsManagerClient() {
        return control.opsManagerClient();
    }

    /**
     * Moves the mongosync simulation forward; it never moves by itself, so a test decides when
     * the sync copies, catches up or commits.
     */
    public MongoApiStubs advance(Duration duration) {
        control.advance(duration);
        return this;
    }

    /**
     * Waiting for the toolkit's cutover helpers on the stub's clock: each wait moves the
     * simulation instead of sleeping, so {@code AtlasCutover.of(api).polling(stubs.polling(...))}
     * waits out a migration's minutes, or its 120-hour cutover window, in no real time.
     */
    public io.github.mongoapitoolkit.client.cutover.Polling polling(Duration interval, Duration timeout) {
        return new io.github.mongoapitoolkit.client.cutover.Polling(interval, timeout, this::advance, control::millis);
    }

    /**
     * Puts the stub in the provider state of that name: the words a Pact {@code given(...)} and
     * the toolkit's own provider verification use ({@link StubStates#names()} lists them). The
     * same names work over HTTP with the runnable jar's admin API.
     *
     * @throws io.github.mongoapitoolkit.stubs.control.UnknownStubStateException for a name that is not one of them
     */
    public MongoApiStubs given(String state) {
        control.given(state); // what the set-up sends is left out of the journal
        return this;
    }

    /**
     * Every request the stub answered, newest last: {@code journal().calls("commitSync")} by the
     * spec's operationId, {@code journal().calls("POST", "/api/v1/commit")} by method and path.
     * Requests a {@link #given} sent are not in it.
     */
    public RequestJournal journal() {
        return servers.journal();
    }

    /**
     * Faults per operation, by the spec's operationId:
     * {@code faults().inject("getGroupLiveMigration", Fault.rateLimited(Duration.ofSeconds(1)), 3)}
     * answers the next three admitted requests with Atlas's 429; {@code Fault.status(500)} and
     * {@code Fault.dropConnection()} likewise. Only a status the operation declares is accepted.
     * Faulted requests are in the {@link #journal()} with their fault.
     */
    public Faults faults() {
        return servers.faults();
    }

    /** Back to a fresh start: mongosync INITIALIZING with no sync, no faults, an empty journal. */
    public MongoApiStubs reset() {
        control.reset();
        return this;
    }

    /** The servers themselves, for what this class does not cover. */
    public StubServers servers() {
        return servers;
    }
}
