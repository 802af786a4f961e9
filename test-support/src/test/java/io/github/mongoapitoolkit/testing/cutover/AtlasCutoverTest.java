package io.github.mongoapitoolkit.testing.cutover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mongoapitoolkit.atlas.client.api.CloudMigrationServiceApi;
import io.github.mongoapitoolkit.atlas.client.model.Destination;
import io.github.mongoapitoolkit.atlas.client.model.HostnameSchemaType;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationRequest20240530;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationResponse;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationStatus;
import io.github.mongoapitoolkit.atlas.client.model.Source;
import io.github.mongoapitoolkit.client.cutover.AtlasCutover;
import io.github.mongoapitoolkit.client.cutover.CutoverException;
import io.github.mongoapitoolkit.client.resilience.ResilientClients;
import io.github.mongoapitoolkit.client.resilience.RetryPolicy;
import io.github.mongoapitoolkit.client.resilience.Timeouts;
import io.github.mongoapitoolkit.stubs.faults.Fault;
import io.github.mongoapitoolkit.testing.MongoApiStubTest;
import io.github.mongoapitoolkit.testing.MongoApiStubs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link AtlasCutover} against the stub's simulated Cloud Migration Service, on the stub's clock:
 * the whole cutover, through a 429 storm the client does not retry itself, and the ways it ends
 * otherwise (EXPIRED, FAILED, a refused cutover, a timeout), each by its reason.
 */
@MongoApiStubTest
class AtlasCutoverTest {

    private static final String PROJECT = "5e2211c17a3e5a48f5497de3";

    private static LiveMigrationRequest20240530 request() {
        return new LiveMigrationRequest20240530()
                .destination(new Destination().clusterName("Cluster0").groupId(PROJECT).hostnameSchemaType(HostnameSchemaType.PUBLIC))
                .migrationHosts(List.of("vm001.example.com"))
                .source(new Source().clusterName("rs0").groupId("63b4c8f2a1e5d3c2b1a09f01").managedAuthentication(false)
                        .ssl(true).username("mongosync-user").password("example-password"));
    }

    /** A client that does not retry: every 429 reaches the helper. */
    private static CloudMigrationServiceApi withoutRetries(MongoApiStubs stubs) {
        var client = stubs.atlasClient();
        client.setClientConfig(ResilientClients.configure(client.getClientConfig(), RetryPolicy.none(), Timeouts.defaults()));
        return new CloudMigrationServiceApi(client);
    }

    @Test
    void aCreatedMigrationIsCutOverOnceReadyAndEndsComplete(MongoApiStubs stubs) throws Exception {
        CloudMigrationServiceApi atlas = new CloudMigrationServiceApi(stubs.atlasClient());
        String id = atlas.createGroupLiveMigration(PROJECT, request(), null, null).getId();
        List<AtlasCutover.Phase> phases = new ArrayList<>();

        LiveMigrationResponse done = AtlasCutover.of(atlas)
                .polling(stubs.polling(Duration.ofSeconds(30), Duration.ofHours(1)))
                .onProgress(step -> phases.add(step.phase()))
                .run(PROJECT, id);

        assertThat(done.getStatus()).isEqualTo(LiveMigrationStatus.COMPLETE);
        assertThat(done.getLagTimeSeconds()).isNull();
        assertThat(phases).startsWith(AtlasCutover.Phase.AWAITING_READY).endsWith(AtlasCutover.Phase.COMPLETE)
                .containsOnlyOnce(AtlasCutover.Phase.CUTTING_OVER);
        // Digest's first request of each kind is answered with the challenge (401) and sent again.
        assertThat(stubs.journal().calls("cutoverGroupLiveMigration")).filteredOn(call -> call.status() != 401).singleElement()
                .satisfies(call -> assertThat(call.status()).isEqualTo(202));
        assertThat(stubs.journal().calls("getGroupLiveMigration")).filteredOn(call -> call.status() == 200)
                .as("polls every 30 s: 5 min 10 s to ready, 30 s to complete").hasSizeBetween(11, 14);
    }

    @Test
    void aStormOf429sWhileWaitingIsWaitedOut(MongoApiStubs stubs) throws Exception {
        stubs.given("live migration 7c1f0e8a9b2d4c6e8f0a1b21 in project 5e2211c17a3e5a48f5497de3 is WORKING and not yet ready for cutover");
        stubs.faults().inject("getGroupLiveMigration", Fault.rateLimited(Duration.ofSeconds(2)), 6);
        List<Exception> problems = new ArrayList<>();

        LiveMigrationResponse done = AtlasCutover.of(withoutRetries(stubs))
                .polling(stubs.polling(Duration.ofSeconds(20), Duration.ofHours(1)))
                .onProgress(step -> step.problem().ifPresent(problems::add))
                .run(PROJECT, "7c1f0e8a9b2d4c6e8f0a1b21");

        assertThat(done.getStatus()).isEqualTo(LiveMigrationStatus.COMPLETE);
        assertThat(problems).hasSize(6);
        assertThat(stubs.journal().calls("getGroupLiveMigration")).filteredOn(call -> call.status() == 429).hasSize(6);
    }

    @Test
    void aMigrationLeftReadyForMoreThan120HoursEndsExpired(MongoApiStubs stubs) {
        stubs.given("live migration 7c1f0e8a9b2d4c6e8f0a1b21 in project 5e2211c17a3e5a48f5497de3 has EXPIRED");

        CutoverException expired = catchThrowableOfType(CutoverException.class, () -> AtlasCutover.of(withoutRetries(stubs))
                .polling(stubs.polling(Duration.ofMinutes(1), Duration.ofHours(1))).run(PROJECT, "7c1f0e8a9b2d4c6e8f0a1b21"));

        assertThat(expired.reason()).isEqualTo(CutoverException.Reason.EXPIRED);
        assertThat(expired.lastStatus()).contains("EXPIRED");
        assertThat(stubs.journal().calls("cutoverGroupLiveMigration")).isEmpty();
    }

    @Test
    void aFailedMigrationEndsFailed(MongoApiStubs stubs) {
        CutoverException failed = catchThrowableOfType(CutoverException.class, () -> AtlasCutover.of(withoutRetries(stubs))
                .polling(stubs.polling(Duration.ofMinutes(1), Duration.ofHours(1))).run(PROJECT, "6296fb4c7c7aa997cf94e9a9"));

        assertThat(failed.reason()).isEqualTo(CutoverException.Reason.FAILED);
    }

    @Test
    void aRefusedCutoverEndsRefusedWithAtlassCode(MongoApiStubs stubs) {
        stubs.given("live migration 7c1f0e8a9b2d4c6e8f0a1b21 in project 5e2211c17a3e5a48f5497de3 is ready for cutover");
        stubs.faults().inject("cutoverGroupLiveMigration", Fault.status(500), 1);

        CutoverException refused = catchThrowableOfType(CutoverException.class, () -> AtlasCutover.of(withoutRetries(stubs))
                .polling(stubs.polling(Duration.ofMinutes(1), Duration.ofHours(1))).run(PROJECT, "7c1f0e8a9b2d4c6e8f0a1b21"));

        assertThat(refused.reason()).isEqualTo(CutoverException.Reason.REFUSED);
        assertThat(refused.errorCode()).contains("UNEXPECTED_ERROR");
    }

    @Test
    void aMigrationNotReadyWithinTheTimeoutEndsTimedOut(MongoApiStubs stubs) {
        stubs.given("live migration 7c1f0e8a9b2d4c6e8f0a1b21 in project 5e2211c17a3e5a48f5497de3 is WORKING and not yet ready for cutover");

        CutoverException late = catchThrowableOfType(CutoverException.class, () -> AtlasCutover.of(withoutRetries(stubs))
                .polling(stubs.polling(Duration.ofSeconds(30), Duration.ofMinutes(2))).run(PROJECT, "7c1f0e8a9b2d4c6e8f0a1b21"));

        assertThat(late.reason()).isEqualTo(CutoverException.Reason.TIMED_OUT);
        assertThat(late.lastStatus()).contains("WORKING");
        assertThat(stubs.journal().calls("cutoverGroupLiveMigration")).isEmpty();
    }
}
