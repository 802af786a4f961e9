package io.github.mongoapitoolkit.contracts.provider;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.github.mongoapitoolkit.contracts.ApiContract;
import io.github.mongoapitoolkit.stubs.mongosync.MongosyncState;
import java.net.URI;
import java.time.Duration;

/**
 * Verifies every pact with the provider {@code mongosync} against the stub. Each state is
 * reached the way an operator would reach it: the stub's own start, pause and commit endpoints,
 * with the simulated clock moved past each phase.
 */
@Provider(ApiContract.MONGOSYNC_PROVIDER)
@PactFolder("target/pacts")
class MongosyncProviderIT extends StubProviderVerification {

    private static final String START = "{\"source\": \"cluster0\", \"destination\": \"cluster1\"}";

    @Override
    ApiContract api() {
        return ApiContract.MONGOSYNC;
    }

    @Override
    URI server(InProcessStub stub) {
        return stub.mongosyncUri();
    }

    @State("mongosync is IDLE")
    void idle() {
        stub.clock().advance(Duration.ofSeconds(3));
        assertThat(stub.servers().mongosync().state()).isEqualTo(MongosyncState.IDLE);
    }

    @State("mongosync is RUNNING and copying collections")
    void copying() {
        idle();
        StateSetup.post(stub.mongosyncUri(), "/api/v1/start", START);
        stub.clock().advance(Duration.ofSeconds(10));
        assertThat(stub.servers().mongosync().progress().info()).isEqualTo("collection copy");
    }

    @State("mongosync is RUNNING in change event application and can commit")
    void readyToCommit() {
        idle();
        StateSetup.post(stub.mongosyncUri(), "/api/v1/start", START);
        stub.clock().advance(Duration.ofMinutes(3));
        assertThat(stub.servers().mongosync().progress().canCommit()).isTrue();
    }

    @State("mongosync is PAUSED during the collection copy")
    void paused() {
        copying();
        StateSetup.post(stub.mongosyncUri(), "/api/v1/pause", "{}");
        assertThat(stub.servers().mongosync().state()).isEqualTo(MongosyncState.PAUSED);
    }

    @State("mongosync has COMMITTED the sync")
    void committed() {
        readyToCommit();
        StateSetup.post(stub.mongosyncUri(), "/api/v1/commit", "{}");
        stub.clock().advance(Duration.ofSeconds(10));
        assertThat(stub.servers().mongosync().state()).isEqualTo(MongosyncState.COMMITTED);
    }
}
