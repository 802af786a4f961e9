package io.github.mongoapitoolkit.contracts.provider;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.github.mongoapitoolkit.contracts.ApiContract;
import io.github.mongoapitoolkit.stubs.dataset.LiveMigration;
import java.net.URI;

/**
 * Verifies every pact with the provider {@code atlas-live-migrations} against the stub, whose
 * built-in dataset holds each migration the states name; the verifier authenticates with Digest.
 */
@Provider(ApiContract.ATLAS_PROVIDER)
@PactFolder("target/pacts")
class AtlasLiveMigrationsProviderIT extends StubProviderVerification {

    private static final String PROJECT = "5e2211c17a3e5a48f5497de3";

    @Override
    ApiContract api() {
        return ApiContract.ATLAS_LIVE_MIGRATIONS;
    }

    @Override
    URI server(InProcessStub stub) {
        return stub.cloudUri();
    }

    private static LiveMigration migration(String id) {
        return CloudDataset.liveMigration(PROJECT, id).orElseThrow(() -> new AssertionError("dataset lacks migration " + id));
    }

    @State("live migration 32b6e34b3d91647abb20e7b8 in project 5e2211c17a3e5a48f5497de3 is NEW")
    void newMigration() {
        assertThat(migration("32b6e34b3d91647abb20e7b8").status()).isEqualTo("NEW");
    }

    @State("live migration 6296fb4c7c7aa997cf94e9a8 in project 5e2211c17a3e5a48f5497de3 is WORKING with lag")
    void workingMigration() {
        assertThat(migration("6296fb4c7c7aa997cf94e9a8").status()).isEqualTo("WORKING");
        assertThat(migration("6296fb4c7c7aa997cf94e9a8").lagTimeSeconds()).isNotNull();
    }

    @State("live migration 6296fb4c7c7aa997cf94e9a9 in project 5e2211c17a3e5a48f5497de3 has FAILED and reports no lag")
    void failedMigration() {
        assertThat(migration("6296fb4c7c7aa997cf94e9a9").status()).isEqualTo("FAILED");
        assertThat(migration("6296fb4c7c7aa997cf94e9a9").lagTimeSeconds()).isNull();
    }

    @State("live migration 6296fb4c7c7aa997cf94e9aa in project 5e2211c17a3e5a48f5497de3 is COMPLETE")
    void completeMigration() {
        assertThat(migration("6296fb4c7c7aa997cf94e9aa").status()).isEqualTo("COMPLETE");
    }

    @State("live migration 6296fb4c7c7aa997cf94e9ab in project 5e2211c17a3e5a48f5497de3 has EXPIRED")
    void expiredMigration() {
        assertThat(migration("6296fb4c7c7aa997cf94e9ab").status()).isEqualTo("EXPIRED");
    }

    @State("live migration 6296fb4c7c7aa997cf94e9ac in project 5e2211c17a3e5a48f5497de3 has no status yet")
    void migrationWithoutStatus() {
        assertThat(migration("6296fb4c7c7aa997cf94e9ac").status()).isNull();
    }

    @State(NO_CREDENTIALS)
    void noCredentials() {
        // The verifier's client for this interaction has no credentials; see StubProviderVerification.
    }

    @State("project 5e2211c17a3e5a48f5497dea requires an API access list without the caller's address")
    void accessListWithoutLoopback() {
        assertThat(CloudDataset.atlasGroup("5e2211c17a3e5a48f5497dea").orElseThrow().apiAccessList())
                .isNotEmpty().noneMatch(entry -> entry.startsWith("127.") || entry.equals("::1"));
    }

    @State("project 111111111111111111111111 does not exist")
    void unknownProject() {
        assertThat(CloudDataset.atlasGroup("111111111111111111111111")).isEmpty();
    }

    @State("project 5e2211c17a3e5a48f5497de3 has no live migration 222222222222222222222222")
    void unknownMigration() {
        assertThat(CloudDataset.liveMigration(PROJECT, "222222222222222222222222")).isEmpty();
    }

    @State("the API key has used up its rate limit")
    void rateLimitUsedUp() {
        StateSetup.useUpRateLimit(stub.cloudUri(), PROJECT, "6296fb4c7c7aa997cf94e9a8",
                InProcessStub.PUBLIC_KEY, InProcessStub.PRIVATE_KEY, InProcessStub.RATE_LIMIT_PER_MINUTE);
    }
}
