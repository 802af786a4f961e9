package io.github.mongoapitoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mongoapitoolkit.atlas.client.api.CloudMigrationServiceApi;
import io.github.mongoapitoolkit.mongosync.client.api.ProgressApi;
import io.github.mongoapitoolkit.mongosync.client.model.SyncState;
import io.github.mongoapitoolkit.opsmanager.client.api.CheckpointsApi;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The five-line case: the annotation, a parameter, a state by name, a generated client. */
@MongoApiStubTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MongoApiStubTestAnnotationTest {

    private static final Set<Integer> PORTS_SEEN = new HashSet<>();

    @Test
    @Order(1)
    void aStateByNameIsWhatTheClientSees(MongoApiStubs stubs) throws Exception {
        stubs.given("mongosync is PAUSED during the collection copy");

        assertThat(new ProgressApi(stubs.mongosyncClient()).getProgress().getProgress().getState()).isEqualTo(SyncState.PAUSED);
        assertThat(stubs.journal().entries()).as("only the test's own request").singleElement()
                .satisfies(call -> assertThat(call.operationId()).contains("getProgress"));
        PORTS_SEEN.add(stubs.mongosyncUri().getPort());
    }

    @Test
    @Order(2)
    void eachTestGetsAFreshStub(MongoApiStubs stubs) throws Exception {
        stubs.given("mongosync is IDLE");

        assertThat(new ProgressApi(stubs.mongosyncClient()).getProgress().getProgress().getState()).isEqualTo(SyncState.IDLE);
        assertThat(PORTS_SEEN).doesNotContain(stubs.mongosyncUri().getPort());
    }

    @Test
    void theCloudClientsAreSignedForTheStub(MongoApiStubs stubs) throws Exception {
        assertThat(new CloudMigrationServiceApi(stubs.atlasClient())
                .getGroupLiveMigration("5e2211c17a3e5a48f5497de3", "32b6e34b3d91647abb20e7b8", null, null).getStatus())
                .hasToString("NEW");
        assertThat(new CloudMigrationServiceApi(stubs.atlasServiceAccountClient())
                .getGroupLiveMigration("5e2211c17a3e5a48f5497de3", "32b6e34b3d91647abb20e7b8", null, null).getId())
                .isEqualTo("32b6e34b3d91647abb20e7b8");
        assertThat(new CheckpointsApi(stubs.opsManagerClient())
                .listCheckpoints("5e2211c17a3e5a48f5497de3", "5e2211c17a3e5a48f5497de4", 1, 100, true, null, null).getTotalCount())
                .isEqualTo(9);
    }

    @Test
    void anUnknownStateNamesTheKnownOnes(MongoApiStubs stubs) {
        assertThatThrownBy(() -> stubs.given("mongosync is DANCING"))
                .isInstanceOf(io.github.mongoapitoolkit.stubs.control.UnknownStubStateException.class)
                .hasMessageContaining("mongosync is DANCING")
                .hasMessageContaining("mongosync is PAUSED during the collection copy");
    }
}
