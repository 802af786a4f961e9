package io.github.mongoapitoolkit.testing.cutover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mongoapitoolkit.client.cutover.CutoverException;
import io.github.mongoapitoolkit.client.cutover.MongosyncCutover;
import io.github.mongoapitoolkit.client.resilience.ResilientClients;
import io.github.mongoapitoolkit.client.resilience.RetryPolicy;
import io.github.mongoapitoolkit.client.resilience.Timeouts;
import io.github.mongoapitoolkit.mongosync.client.api.ProgressApi;
import io.github.mongoapitoolkit.mongosync.client.api.SyncControlApi;
import io.github.mongoapitoolkit.mongosync.client.model.Progress;
import io.github.mongoapitoolkit.mongosync.client.model.SyncState;
import io.github.mongoapitoolkit.testing.MongoApiStubTest;
import io.github.mongoapitoolkit.testing.MongoApiStubs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link MongosyncCutover} against the simulated mongosync, on the stub's clock: MongoDB's cutover
 * procedure from a sync still copying, through a restart in the middle, and its refusals.
 */
@MongoApiStubTest
class MongosyncCutoverTest {

    /** A client that does not retry: a restart's unanswered polls reach the helper. */
    private static MongosyncCutover helper(MongoApiStubs stubs) {
        var client = stubs.mongosyncClient();
        client.setClientConfig(ResilientClients.configure(client.getClientConfig(), RetryPolicy.none(),
                new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))));
        return MongosyncCutover.of(new ProgressApi(client), new SyncControlApi(client))
                .polling(stubs.polling(Duration.ofSeconds(5), Duration.ofHours(1)));
    }

    @Test
    void aSyncStillCopyingIsCommittedOnceItCanAndEndsWritable(MongoApiStubs stubs) {
        stubs.given("mongosync is RUNNING and copying collections");
        AtomicInteger writesStopped = new AtomicInteger();
        List<MongosyncCutover.Phase> phases = new ArrayList<>();

        Progress committed = helper(stubs).maxLag(Duration.ofSeconds(5))
                .beforeCommit(writesStopped::incrementAndGet)
                .onProgress(step -> phases.add(step.phase()))
                .run();

        assertThat(committed.getState()).isEqualTo(SyncState.COMMITTED);
        assertThat(committed.getCanWrite()).isTrue();
        assertThat(writesStopped).hasValue(1);
        assertThat(phases).startsWith(MongosyncCutover.Phase.AWAITING_CAN_COMMIT).containsOnlyOnce(MongosyncCutover.Phase.COMMITTING)
                .endsWith(MongosyncCutover.Phase.COMMITTED);
        assertThat(stubs.journal().calls("commitSync")).singleElement().satisfies(call -> assertThat(call.status()).isEqualTo(200));
    }

    @Test
    void aRestartInTheMiddleIsWaitedOut(MongoApiStubs stubs) {
        stubs.given("mongosync is RUNNING and copying collections");
        stubs.faults().restartMongosync(Duration.ofMinutes(2));
        List<Exception> problems = new ArrayList<>();

        Progress committed = helper(stubs).onProgress(step -> step.problem().ifPresent(problems::add)).run();

        assertThat(committed.getState()).isEqualTo(SyncState.COMMITTED);
        assertThat(problems).as("polls unanswered while mongosync restarted").isNotEmpty();
        assertThat(stubs.journal().calls("getProgress")).anySatisfy(call -> assertThat(call.fault()).contains("mongosync not answering"));
        assertThat(stubs.journal().calls("commitSync")).hasSize(1);
    }

    @Test
    void anIdleMongosyncHasNothingToCommit(MongoApiStubs stubs) {
        stubs.given("mongosync is IDLE");

        CutoverException idle = catchThrowableOfType(CutoverException.class, () -> helper(stubs).run());

        assertThat(idle.reason()).isEqualTo(CutoverException.Reason.NOT_STARTED);
        assertThat(stubs.journal().calls("commitSync")).isEmpty();
    }

    @Test
    void aPausedSyncThatIsNotResumedEndsTimedOutWithoutACommit(MongoApiStubs stubs) {
        stubs.given("mongosync is PAUSED during the collection copy");

        CutoverException late = catchThrowableOfType(CutoverException.class, () -> helper(stubs)
                .polling(stubs.polling(Duration.ofSeconds(10), Duration.ofMinutes(10))).run());

        assertThat(late.reason()).isEqualTo(CutoverException.Reason.TIMED_OUT);
        assertThat(late.lastStatus()).contains("PAUSED");
        assertThat(stubs.journal().calls("commitSync")).isEmpty();
    }

    @Test
    void anAlreadyCommittedSyncIsReturnedAsItIs(MongoApiStubs stubs) {
        stubs.given("mongosync has COMMITTED the sync");

        assertThat(helper(stubs).run().getState()).isEqualTo(SyncState.COMMITTED);
        assertThat(stubs.journal().calls("commitSync")).isEmpty();
    }
}
