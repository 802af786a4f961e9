package io.github.mongoapitoolkit.contracts.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import io.github.mongoapitoolkit.contracts.ApiContract;
import java.net.URI;

/**
 * Verifies every pact with the provider {@code atlas-live-migrations} against the stub, whose
 * built-in dataset holds each migration the states name; the verifier authenticates with Digest.
 */
@Provider(ApiContract.ATLAS_PROVIDER)
@VerifiedPacts
class AtlasLiveMigrationsProviderIT extends StubProviderVerification {

    @Override
    ApiContract api() {
        return ApiContract.ATLAS_LIVE_MIGRATIONS;
    }

    @Override
    URI server(InProcessStub stub) {
        return stub.cloudUri();
    }

    @State("live migration 32b6e34b3d91647abb20e7b8 in project 5e2211c17a3e5a48f5497de3 is NEW")
    void newMigration() {
        stub.stubs().given("live migration 32b6e34b3d91647abb20e7b8 in project 5e2211c17a3e5a48f5497de3 is NEW");
    }

    @State("live migration 6296fb4c7c7aa997cf94e9a8 in project 5e2211c17a3e5a48f5497de3 is WORKING with lag")
    void workingMigration() {
        stub.stubs().given("live migration 6296fb4c7c7aa997cf94e9a8 in project 5e2211c17a3e5a48f5497de3 is WORKING with lag");
    }

    @State("live migration 6296fb4c7c7aa997cf94e9a9 in project 5e2211c17a3e5a48f5497de3 has FAILED and reports no lag")
    void failedMigration() {
        stub.stubs().given("live migration 6296fb4c7c7aa997cf94e9a9 in project 5e2211c17a3e5a48f5497de3 has FAILED and reports no lag");
    }

    @State("live migration 6296fb4c7c7aa997cf94e9aa in project 5e2211c17a3e5a48f5497de3 is COMPLETE")
    void completeMigration() {
        stub.stubs().given("live migration 6296fb4c7c7aa997cf94e9aa in project 5e2211c17a3e5a48f5497de3 is COMPLETE");
    }

    @State("live migration 6296fb4c7c7aa997cf94e9ab in project 5e2211c17a3e5a48f5497de3 has EXPIRED")
    void expiredMigration() {
        stub.stubs().given("live migration 6296fb4c7c7aa997cf94e9ab in project 5e2211c17a3e5a48f5497de3 has EXPIRED");
    }

    @State("live migration 6296fb4c7c7aa997cf94e9ac in project 5e2211c17a3e5a48f5497de3 has no status yet")
    void migrationWithoutStatus() {
        stub.stubs().given("live migration 6296fb4c7c7aa997cf94e9ac in project 5e2211c17a3e5a48f5497de3 has no status yet");
    }

    @State(NO_CREDENTIALS)
    void noCredentials() {
        stub.stubs().given(NO_CREDENTIALS);
    }

    @State("project 5e2211c17a3e5a48f5497dea requires an API access list without the caller's address")
    void accessListWithoutLoopback() {
        stub.stubs().given("project 5e2211c17a3e5a48f5497dea requires an API access list without the caller's address");
    }

    @State("project 111111111111111111111111 does not exist")
    void unknownProject() {
        stub.stubs().given("project 111111111111111111111111 does not exist");
    }

    @State("project 5e2211c17a3e5a48f5497de3 has no live migration 222222222222222222222222")
    void unknownMigration() {
        stub.stubs().given("project 5e2211c17a3e5a48f5497de3 has no live migration 222222222222222222222222");
    }

    @State("the API key has used up its rate limit")
    void rateLimitUsedUp() {
        stub.stubs().given("the API key has used up its rate limit");
    }

    // The Cloud Migration Service's states are set on the simulator, through the API, from a reset.

    @State("organization 5e2211c17a3e5a48f5497de1 is linked to a Cloud Manager organization")
    void linkedOrganization() {
        stub.stubs().given("organization 5e2211c17a3e5a48f5497de1 is linked to a Cloud Manager organization");
    }

    @State("validation 7a5e2d41c3b8f9e6d4c2a103 of project 5e2211c17a3e5a48f5497de3 has succeeded")
    void validationSucceeded() {
        stub.stubs().given("validation 7a5e2d41c3b8f9e6d4c2a103 of project 5e2211c17a3e5a48f5497de3 has succeeded");
    }

    @State("live migration 7c1f0e8a9b2d4c6e8f0a1b21 in project 5e2211c17a3e5a48f5497de3 is WORKING and not yet ready for cutover")
    void migrationNotReady() {
        stub.stubs().given("live migration 7c1f0e8a9b2d4c6e8f0a1b21 in project 5e2211c17a3e5a48f5497de3 is WORKING and not yet ready for cutover");
    }

    @State("live migration 7c1f0e8a9b2d4c6e8f0a1b21 in project 5e2211c17a3e5a48f5497de3 is ready for cutover")
    void migrationReady() {
        stub.stubs().given("live migration 7c1f0e8a9b2d4c6e8f0a1b21 in project 5e2211c17a3e5a48f5497de3 is ready for cutover");
    }

    @State("live migration 7c1f0e8a9b2d4c6e8f0a1b21 in project 5e2211c17a3e5a48f5497de3 has been cut over")
    void migrationCutOver() {
        stub.stubs().given("live migration 7c1f0e8a9b2d4c6e8f0a1b21 in project 5e2211c17a3e5a48f5497de3 has been cut over");
    }

    @State("live migration 7c1f0e8a9b2d4c6e8f0a1b21 in project 5e2211c17a3e5a48f5497de3 is COMPLETE")
    void migrationComplete() {
        stub.stubs().given("live migration 7c1f0e8a9b2d4c6e8f0a1b21 in project 5e2211c17a3e5a48f5497de3 is COMPLETE");
    }

    @State("live migration 7c1f0e8a9b2d4c6e8f0a1b21 in project 5e2211c17a3e5a48f5497de3 has EXPIRED")
    void migrationExpired() {
        stub.stubs().given("live migration 7c1f0e8a9b2d4c6e8f0a1b21 in project 5e2211c17a3e5a48f5497de3 has EXPIRED");
    }
}
