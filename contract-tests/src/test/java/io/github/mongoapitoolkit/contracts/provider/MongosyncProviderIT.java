package io.github.mongoapitoolkit.contracts.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import io.github.mongoapitoolkit.contracts.ApiContract;
import java.net.URI;

/**
 * Verifies every pact with the provider {@code mongosync} against the stub. Each state is set by
 * the published {@code MongoApiStubs.given}, the same words and set-up a consumer's test uses:
 * the stub's own start, pause and commit endpoints, with the simulated clock moved past each phase.
 */
@Provider(ApiContract.MONGOSYNC_PROVIDER)
@VerifiedPacts
class MongosyncProviderIT extends StubProviderVerification {

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
        stub.stubs().given("mongosync is IDLE");
    }

    @State("mongosync is RUNNING and copying collections")
    void copying() {
        stub.stubs().given("mongosync is RUNNING and copying collections");
    }

    @State("mongosync is RUNNING in change event application and can commit")
    void readyToCommit() {
        stub.stubs().given("mongosync is RUNNING in change event application and can commit");
    }

    @State("mongosync is PAUSED during the collection copy")
    void paused() {
        stub.stubs().given("mongosync is PAUSED during the collection copy");
    }

    @State("mongosync has COMMITTED the sync")
    void committed() {
        stub.stubs().given("mongosync has COMMITTED the sync");
    }
}
