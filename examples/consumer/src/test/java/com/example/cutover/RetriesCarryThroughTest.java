package com.example.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.cutover.CutoverOrchestrator.Decision;
import io.github.mongoapitoolkit.client.resilience.ResilientClients;
import io.github.mongoapitoolkit.client.resilience.RetryPolicy;
import io.github.mongoapitoolkit.client.resilience.Timeouts;
import io.github.mongoapitoolkit.stubs.faults.Fault;
import io.github.mongoapitoolkit.testing.MongoApiStubTest;
import io.github.mongoapitoolkit.testing.MongoApiStubs;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The team's code with the toolkit's retry policy, through what production throws at it: a
 * storm of Atlas 429s and a mongosync restart. The waits move the stub's clock instead of
 * sleeping, so two simulated minutes of outage take no real time.
 */
@MongoApiStubTest
class RetriesCarryThroughTest {

    @Test
    void theDashboardRidesOutA429Storm(MongoApiStubs stubs) throws Exception {
        stubs.faults().inject("getGroupLiveMigration", Fault.rateLimited(Duration.ofSeconds(2)), 3);
        var atlas = stubs.atlasClient();
        atlas.setClientConfig(ResilientClients.configure(atlas.getClientConfig(),
                RetryPolicy.defaults().withSleeper(stubs::advance), Timeouts.defaults()));

        String line = new MigrationDashboard(atlas).line("5e2211c17a3e5a48f5497de3", "6296fb4c7c7aa997cf94e9a8");

        assertThat(line).startsWith("WORKING");
        assertThat(stubs.journal().calls("getGroupLiveMigration")).filteredOn(call -> call.fault().isPresent()).hasSize(3);
    }

    @Test
    void theOrchestratorPollsThroughAMongosyncRestart(MongoApiStubs stubs) throws Exception {
        stubs.given("mongosync is RUNNING in change event application and can commit");
        stubs.faults().restartMongosync(Duration.ofMinutes(2));
        var mongosync = stubs.mongosyncClient();
        mongosync.setClientConfig(ResilientClients.configure(mongosync.getClientConfig(),
                RetryPolicy.defaults().withMaxAttempts(8).withBackoff(Duration.ofSeconds(15), Duration.ofSeconds(60))
                        .withSleeper(stubs::advance),
                Timeouts.defaults()));

        assertThat(new CutoverOrchestrator(mongosync).step()).isEqualTo(Decision.COMMIT);
        assertThat(stubs.journal().calls("getProgress").get(0).fault()).contains("mongosync not answering");
        assertThat(stubs.journal().calls("commitSync")).singleElement().satisfies(call -> assertThat(call.status()).isEqualTo(200));
    }
}
