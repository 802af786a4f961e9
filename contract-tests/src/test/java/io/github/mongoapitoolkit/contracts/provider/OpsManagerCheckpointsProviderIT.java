package io.github.mongoapitoolkit.contracts.provider;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.github.mongoapitoolkit.contracts.ApiContract;
import java.net.URI;

/**
 * Verifies every pact with the provider {@code ops-manager-checkpoints} against the stub's
 * built-in dataset; the verifier authenticates with Digest.
 */
@Provider(ApiContract.OPS_MANAGER_PROVIDER)
@PactFolder("target/pacts")
class OpsManagerCheckpointsProviderIT extends StubProviderVerification {

    private static final String PROJECT = "5e2211c17a3e5a48f5497de3";

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
        assertThat(CloudDataset.cluster(PROJECT, "5e2211c17a3e5a48f5497de4").orElseThrow().checkpoints()).hasSize(9);
    }

    @State("cluster 5e2211c17a3e5a48f5497de6 of project 5e2211c17a3e5a48f5497de3 has no checkpoints")
    void noCheckpoints() {
        assertThat(CloudDataset.cluster(PROJECT, "5e2211c17a3e5a48f5497de6").orElseThrow().checkpoints()).isEmpty();
    }

    @State("checkpoint 55bc0658e4b097a3efe06f1f exists in cluster 5e2211c17a3e5a48f5497de4")
    void oneCheckpoint() {
        assertThat(CloudDataset.cluster(PROJECT, "5e2211c17a3e5a48f5497de4").orElseThrow()
                .checkpoint("55bc0658e4b097a3efe06f1f")).isPresent();
    }

    @State("project 111111111111111111111111 does not exist")
    void unknownProject() {
        assertThat(CloudDataset.opsManagerGroup("111111111111111111111111")).isEmpty();
    }

    @State("project 5e2211c17a3e5a48f5497de3 has no cluster 222222222222222222222222")
    void unknownCluster() {
        assertThat(CloudDataset.cluster(PROJECT, "222222222222222222222222")).isEmpty();
    }

    @State("cluster 5e2211c17a3e5a48f5497de4 has no checkpoint 333333333333333333333333")
    void unknownCheckpoint() {
        assertThat(CloudDataset.cluster(PROJECT, "5e2211c17a3e5a48f5497de4").orElseThrow()
                .checkpoint("333333333333333333333333")).isEmpty();
    }

    @State(NO_CREDENTIALS)
    void noCredentials() {
        // The verifier's client for this interaction has no credentials; see StubProviderVerification.
    }
}
