package com.example.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.atlas.client.invoker.ApiClient;
import io.github.mongoapitoolkit.client.resilience.ResilientClients;
import io.github.mongoapitoolkit.client.resilience.RetryPolicy;
import io.github.mongoapitoolkit.client.resilience.Timeouts;
import io.github.mongoapitoolkit.stubs.faults.Fault;
import io.github.mongoapitoolkit.testing.MongoApiStubsExtension;
import java.time.Duration;
import io.github.mongoapitoolkit.testing.MongoApiStubs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MigrationDashboardTest {

    private static final String PROJECT = "5e2211c17a3e5a48f5497de3";

    // The dashboard only reads: one stub for the whole class.
    @RegisterExtension
    static MongoApiStubsExtension stubs = MongoApiStubsExtension.builder().perClass().build();

    @Test
    void showsTheLagOfAWorkingMigration(MongoApiStubs stubs) throws Exception {
        stubs.given("live migration 6296fb4c7c7aa997cf94e9a8 in project 5e2211c17a3e5a48f5497de3 is WORKING with lag");

        assertThat(new MigrationDashboard(stubs.atlasClient()).line(PROJECT, "6296fb4c7c7aa997cf94e9a8")).matches("WORKING, \\d+ s behind");
    }

    @Test
    void saysSoWhenAFailedMigrationReportsNoLag(MongoApiStubs stubs) throws Exception {
        stubs.given("live migration 6296fb4c7c7aa997cf94e9a9 in project 5e2211c17a3e5a48f5497de3 has FAILED and reports no lag");

        assertThat(new MigrationDashboard(stubs.atlasClient()).line(PROJECT, "6296fb4c7c7aa997cf94e9a9")).isEqualTo("FAILED, lag unknown");
    }

    @Test
    void copesWithAMigrationThatHasNoStatusYet(MongoApiStubs stubs) throws Exception {
        stubs.given("live migration 6296fb4c7c7aa997cf94e9ac in project 5e2211c17a3e5a48f5497de3 has no status yet");

        assertThat(new MigrationDashboard(stubs.atlasServiceAccountClient()).line(PROJECT, "6296fb4c7c7aa997cf94e9ac"))
                .startsWith("no status yet, ");
    }

    @Test
    void theClientsRetriesCarryTheDashboardThroughARateLimitStorm(MongoApiStubs stubs) throws Exception {
        stubs.faults().inject("getGroupLiveMigration", Fault.rateLimited(Duration.ofSeconds(1)), 3);
        ApiClient atlas = stubs.atlasClient();
        atlas.setClientConfig(ResilientClients.configure(atlas.getClientConfig(), RetryPolicy.defaults(), Timeouts.defaults()));

        assertThat(new MigrationDashboard(atlas).line(PROJECT, "6296fb4c7c7aa997cf94e9a8")).matches("WORKING, \\d+ s behind");
        assertThat(stubs.journal().calls("getGroupLiveMigration")).filteredOn(call -> call.fault().isPresent()).hasSize(3);
    }
}
