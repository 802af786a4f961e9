package com.example.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.atlas.client.api.CloudMigrationServiceApi;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationStatus;
import io.github.mongoapitoolkit.client.cutover.AtlasCutover;
import io.github.mongoapitoolkit.client.cutover.MongosyncCutover;
import io.github.mongoapitoolkit.mongosync.client.api.ProgressApi;
import io.github.mongoapitoolkit.mongosync.client.api.SyncControlApi;
import io.github.mongoapitoolkit.mongosync.client.model.SyncState;
import io.github.mongoapitoolkit.testing.MongoApiStubTest;
import io.github.mongoapitoolkit.testing.MongoApiStubs;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The team's cutover, with the toolkit's helpers, against the stub's clock: hours of waiting in no real time. */
@MongoApiStubTest
class CutoverHelpersTest {

    @Test
    void theAtlasMigrationIsCutOverAndCompletes(MongoApiStubs stubs) {
        stubs.given("live migration 7c1f0e8a9b2d4c6e8f0a1b21 in project 5e2211c17a3e5a48f5497de3 is WORKING and not yet ready for cutover");

        var done = AtlasCutover.of(new CloudMigrationServiceApi(stubs.atlasClient()))
                .polling(stubs.polling(Duration.ofSeconds(30), Duration.ofHours(2)))
                .run("5e2211c17a3e5a48f5497de3", "7c1f0e8a9b2d4c6e8f0a1b21");

        assertThat(done.getStatus()).isEqualTo(LiveMigrationStatus.COMPLETE);
    }

    @Test
    void theSyncIsCommittedOnceMongosyncCan(MongoApiStubs stubs) {
        stubs.given("mongosync is RUNNING and copying collections");
        var mongosync = stubs.mongosyncClient();

        var committed = MongosyncCutover.of(new ProgressApi(mongosync), new SyncControlApi(mongosync))
                .polling(stubs.polling(Duration.ofSeconds(5), Duration.ofHours(1)))
                .run();

        assertThat(committed.getState()).isEqualTo(SyncState.COMMITTED);
        assertThat(committed.getCanWrite()).isTrue();
    }
}
