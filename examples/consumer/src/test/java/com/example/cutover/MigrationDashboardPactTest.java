package com.example.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.mongoapitoolkit.client.auth.ApiKey;
import io.github.mongoapitoolkit.client.auth.AtlasClients;
import io.github.mongoapitoolkit.conformance.MongoApi;
import io.github.mongoapitoolkit.testing.StubStates;
import io.github.mongoapitoolkit.testing.pact.SpecMatchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's pact with Atlas, its bodies built by the toolkit's spec-derived matchers and
 * its state named as the toolkit's provider verification names it, so that the toolkit can
 * verify this pact against the stub and the spec ({@code -Dpacts.folders}).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "atlas-live-migrations", pactVersion = PactSpecVersion.V4)
class MigrationDashboardPactTest {

    private static final SpecMatchers ATLAS = SpecMatchers.of(MongoApi.ATLAS_LIVE_MIGRATIONS);
    private static final String OPERATION = "getGroupLiveMigration";
    private static final String STATE = "live migration 6296fb4c7c7aa997cf94e9a8 in project 5e2211c17a3e5a48f5497de3 is WORKING with lag";

    @Pact(consumer = "example-migration-dashboard")
    V4Pact workingMigration(PactDslWithProvider builder) {
        assertThat(StubStates.names()).as("a state the provider verification knows").contains(STATE);
        return builder.given(STATE)
                .uponReceiving("the example dashboard asks for a WORKING migration")
                .path("/api/atlas/v2/groups/5e2211c17a3e5a48f5497de3/liveMigrations/6296fb4c7c7aa997cf94e9a8").method("GET")
                .matchHeader("Accept", ATLAS.acceptPattern(OPERATION), ATLAS.mediaType(OPERATION, 200))
                .willRespondWith().status(200)
                .matchHeader("Content-Type", ATLAS.contentTypePattern(OPERATION, 200), ATLAS.mediaType(OPERATION, 200))
                .body(ATLAS.body("LiveMigrationResponse")
                        .like("_id", "6296fb4c7c7aa997cf94e9a8")
                        .eachLike("migrationHosts", "10.0.12.7")
                        .like("readyForCutover", false)
                        .exactly("status", "WORKING")
                        .like("lagTimeSeconds", 12)
                        .pact())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "workingMigration")
    void showsTheLag(MockServer server) throws Exception {
        var atlas = AtlasClients.withApiKey(server.getUrl(), new ApiKey("examplepublickey", "example-private-key"));

        assertThat(new MigrationDashboard(atlas).line("5e2211c17a3e5a48f5497de3", "6296fb4c7c7aa997cf94e9a8"))
                .isEqualTo("WORKING, 12 s behind");
    }
}
