package com.example.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.cutover.CutoverOrchestrator.Decision;
import io.github.mongoapitoolkit.mongosync.client.api.ProgressApi;
import io.github.mongoapitoolkit.mongosync.client.model.SyncState;
import io.github.mongoapitoolkit.testing.MongoApiStubTest;
import io.github.mongoapitoolkit.testing.MongoApiStubs;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@MongoApiStubTest
class CutoverOrchestratorTest {

    @Test
    void waitsWhileTheCollectionsAreCopied(MongoApiStubs stubs) throws Exception {
        stubs.given("mongosync is RUNNING and copying collections");

        assertThat(new CutoverOrchestrator(stubs.mongosyncClient()).step()).isEqualTo(Decision.WAIT);
    }

    @Test
    void commitsOnceMongosyncCanCommit(MongoApiStubs stubs) throws Exception {
        stubs.given("mongosync is RUNNING in change event application and can commit");

        assertThat(new CutoverOrchestrator(stubs.mongosyncClient()).step()).isEqualTo(Decision.COMMIT);
        stubs.advance(Duration.ofSeconds(10));
        assertThat(new ProgressApi(stubs.mongosyncClient()).getProgress().getProgress().getState()).isEqualTo(SyncState.COMMITTED);
        assertThat(new CutoverOrchestrator(stubs.mongosyncClient()).step()).isEqualTo(Decision.DONE);
        assertThat(stubs.journal().calls("commitSync")).singleElement().satisfies(call -> assertThat(call.body()).isEqualTo("{}"));
    }

    @Test
    void leavesAnOperatorsPauseAlone(MongoApiStubs stubs) throws Exception {
        stubs.given("mongosync is PAUSED during the collection copy");

        assertThat(new CutoverOrchestrator(stubs.mongosyncClient()).step()).isEqualTo(Decision.LEAVE_PAUSED);
        assertThat(stubs.journal().calls("resumeSync")).isEmpty();
        assertThat(stubs.journal().calls("pauseSync")).as("the set-up's own pause is not in the journal").isEmpty();
    }
}
