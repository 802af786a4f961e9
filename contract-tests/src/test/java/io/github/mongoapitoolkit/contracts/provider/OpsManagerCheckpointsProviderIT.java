package io.github.mongoapitoolkit.contracts.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import io.github.mongoapitoolkit.contracts.ApiContract;
import java.net.URI;

/**
 * Verifies every pact with the provider {@code ops-manager-checkpoints} against the stub's
 * built-in dataset; the verifier authenticates with Digest.
 */
@Provider(ApiContract.OPS_MANAGER_PROVIDER)
@VerifiedPacts
class OpsManagerCheckpointsProviderIT extends StubProviderVerification {

    @Override
    ApiContract api() {
        return ApiContract.OPS_MANAGER_CHECKPOINTS;
    }

    @Override
    URI server(InProcessStub stub) {
        return stub.cloudUri();
    }

    @State("cluster 5e2211c17a3e5a48f5497de4 of project 5e2211c17a3e5a48f5497de3 has 9 checkpoints")
    void nineCheckpoints() {
        stub.stubs().given("cluster 5e2211c17a3e5a48f5497de4 of project 5e2211c17a3e5a48f5497de3 has 9 checkpoints");
    }

    @State("cluster 5e2211c17a3e5a48f5497de6 of project 5e2211c17a3e5a48f5497de3 has no checkpoints")
    void noCheckpoints() {
        stub.stubs().given("cluster 5e2211c17a3e5a48f5497de6 of project 5e2211c17a3e5a48f5497de3 has no checkpoints");
    }

    @State("checkpoint 55bc0658e4b097a3efe06f1f exists in cluster 5e2211c17a3e5a48f5497de4")
    void oneCheckpoint() {
        stub.stubs().given("checkpoint 55bc0658e4b097a3efe06f1f exists in cluster 5e2211c17a3e5a48f5497de4");
    }

    @State("project 111111111111111111111111 does not exist")
    void unknownProject() {
        stub.stubs().given("project 111111111111111111111111 does not exist");
    }

    @State("project 5e2211c17a3e5a48f5497de3 has no cluster 222222222222222222222222")
    void unknownCluster() {
        stub.stubs().given("project 5e2211c17a3e5a48f5497de3 has no cluster 222222222222222222222222");
    }

    @State("cluster 5e2211c17a3e5a48f5497de4 has no checkpoint 333333333333333333333333")
    void unknownCheckpoint() {
        stub.stubs().given("cluster 5e2211c17a3e5a48f5497de4 has no checkpoint 333333333333333333333333");
    }

    @State(NO_CREDENTIALS)
    void noCredentials() {
        stub.stubs().given(NO_CREDENTIALS);
    }
}
