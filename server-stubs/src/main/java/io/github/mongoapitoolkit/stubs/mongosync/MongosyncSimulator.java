package io.github.mongoapitoolkit.stubs.mongosync;

import io.github.mongoapitoolkit.stubs.common.SimulationClock;
import io.github.mongoapitoolkit.stubs.dataset.SyncScenario;
import io.github.mongoapitoolkit.stubs.mongosync.ProgressSnapshot.Copy;
import io.github.mongoapitoolkit.stubs.mongosync.ProgressSnapshot.Direction;
import io.github.mongoapitoolkit.stubs.mongosync.ProgressSnapshot.Indexes;
import io.github.mongoapitoolkit.stubs.mongosync.ProgressSnapshot.Lag;
import io.github.mongoapitoolkit.stubs.mongosync.ProgressSnapshot.Verifier;

/**
 * A simulated mongosync. It starts INITIALIZING and becomes IDLE; {@code start} moves it to
 * RUNNING, where progress follows the simulated time spent running: 5 s before the collection
 * copy (0 of 1 bytes), 60 s of copy, then change event application with falling lag, the
 * verifier hashing and, with {@code buildIndexes} after the copy, index builds; {@code canCommit}
 * turns true in steady state once lag, verifier and indexes allow it. COMMITTING and REVERSING
 * last 5 s and move on by themselves. Every transition the real service refuses is refused.
 *
 * <p>All methods are synchronized: a transition is applied once, and a progress document is
 * always one consistent state.
 */
public final class MongosyncSimulator {

    static final long INITIALIZING_MILLIS = 2_000;
    static final long PRE_COPY_MILLIS = 5_000;
    static final long COPY_MILLIS = 60_000;
    static final long DRAIN_MILLIS = 30_000;
    static final long HASHING_MILLIS = 20_000;
    static final long COMMIT_MILLIS = 5_000;
    static final long REVERSE_MILLIS = 5_000;
    private static final long CEA_START = PRE_COPY_MILLIS + COPY_MILLIS;
    private static final String COORDINATOR = "coordinator";

    private final SimulationClock clock;
    private final SyncScenario scenario;

    private MongosyncState state = MongosyncState.INITIALIZING;
    private long stateSince;
    private long activeMillis;
    private StartOptions options;
    private boolean reversed;
    private ProgressSnapshot frozen;

    public MongosyncSimulator(SimulationClock clock, SyncScenario scenario) {
        this.clock = clock;
        this.scenario = scenario;
        this.stateSince = clock.millis();
    }

    /** As just started: INITIALIZING from now, no sync, nothing frozen or reversed. */
    public synchronized void reset() {
        state = MongosyncState.INITIALIZING;
        stateSince = clock.millis();
        activeMillis = 0;
        options = null;
        reversed = false;
        frozen = null;
    }

    public synchronized MongosyncState state() {
        advance();
        return state;
    }

    public synchronized ProgressSnapshot progress() {
        advance();
        return switch (state) {
            case INITIALIZING, IDLE -> idle();
            case RUNNING -> running(activeTime());
            case PAUSED -> paused(frozen);
            case COMMITTING -> committing();
            case COMMITTED -> committed();
            case REVERSING -> reversing();
        };
    }

    public synchronized void start(StartOptions start) {
        advance();
        if (state != MongosyncState.IDLE) {
            throw MongosyncException.refused(MongosyncException.INVALID_STATE_TRANSITION,
                    "mongosync is " + state + "; /start is accepted only in IDLE.");
        }
        if ("never".equals(start.buildIndexes()) && start.reversible()) {
            throw MongosyncException.badRequest(MongosyncException.INVALID_OPTION_COMBINATION,
                    "buildIndexes \"never\" cannot be combined with reversible true.");
        }
        options = start;
        reversed = false;
        activeMillis = 0;
        enter(MongosyncState.RUNNING);
    }

    public synchronized void pause() {
        advance();
        require(MongosyncState.RUNNING, "/pause");
        activeMillis = activeTime();
        frozen = running(activeMillis);
        enter(MongosyncState.PAUSED);
    }

    public synchronized void resume() {
        advance();
        require(MongosyncState.PAUSED, "/resume");
        frozen = null;
        enter(MongosyncState.RUNNING);
    }

    public synchronized void commit() {
        advance();
        if (state == MongosyncState.RUNNING) {
            long active = activeTime();
            if (!running(active).canCommit()) {
                throw MongosyncException.refused(MongosyncException.COMMIT_NOT_READY,
                        "Cannot commit while canCommit is false; wait until /progress reports canCommit true.");
            }
            activeMillis = active;
        } else if (state != MongosyncState.REVERSING) {
            throw MongosyncException.refused(MongosyncException.INVALID_STATE_TRANSITION,
                    "mongosync is " + state + "; /commit is accepted only in RUNNING or REVERSING.");
        }
        enter(MongosyncState.COMMITTING);
    }

    public synchronized void reverse() {
        advance();
        require(MongosyncState.COMMITTED, "/reverse");
        if (!options.reversible() || options.filtered()) {
            throw MongosyncException.refused(MongosyncException.NOT_REVERSIBLE, options.filtered()
                    ? "A filtered sync cannot be reversed."
                    : "The sync was not started with reversible true.");
        }
        enter(MongosyncState.REVERSING);
    }

    private void require(MongosyncState expected, String command) {
        if (state != expected) {
            throw MongosyncException.refused(MongosyncException.INVALID_STATE_TRANSITION,
                    "mongosync is " + state + "; " + command + " is accepted only in " + expected + ".");
        }
    }

    /** Applies the transitions mongosync makes by itself, at the simulated instant they happen. */
    private void advance() {
        long now = clock.millis();
        if (state == MongosyncState.INITIALIZING && now - stateSince >= INITIALIZING_MILLIS) {
            enterAt(MongosyncState.IDLE, stateSince + INITIALIZING_MILLIS);
        }
        if (state == MongosyncState.COMMITTING && now - stateSince >= COMMIT_MILLIS) {
            enterAt(MongosyncState.COMMITTED, stateSince + COMMIT_MILLIS);
        }
        if (state == MongosyncState.REVERSING && now - stateSince >= REVERSE_MILLIS) {
            reversed = !reversed;
            activeMillis = CEA_START + DRAIN_MILLIS + HASHING_MILLIS;
            enterAt(MongosyncState.RUNNING, stateSince + REVERSE_MILLIS);
        }
    }

    private void enter(MongosyncState next) {
        enterAt(next, clock.millis());
    }

    private void enterAt(MongosyncState next, long at) {
        state = next;
        stateSince = at;
    }

    private long activeTime() {
        return state == MongosyncState.RUNNING ? activeMillis + clock.millis() - stateSince : activeMillis;
    }

    private ProgressSnapshot idle() {
        return new ProgressSnapshot(state, false, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    private ProgressSnapshot running(long t) {
        long total = scenario.estimatedTotalBytes();
        if (t < PRE_COPY_MILLIS) {
            return new ProgressSnapshot(MongosyncState.RUNNING, false, false, null, null, new Lag(0, null, null), 0L, 0L,
                    new Copy(1, 0), direction(), 2L, 3L, "not checked yet", null, null, COORDINATOR, COORDINATOR,
                    verifier("not started", 0));
        }
        if (t < CEA_START) {
            long copied = (long) (total * ((t - PRE_COPY_MILLIS) / (double) COPY_MILLIS));
            long lag = 5 + (t - PRE_COPY_MILLIS) / 6_000;
            return new ProgressSnapshot(MongosyncState.RUNNING, false, false, "collection copy", null,
                    new Lag(lag, lag, null), lag, 0L, new Copy(total, copied), direction(), 2L, 3L,
                    "more than 72 hours", null, null, COORDINATOR, COORDINATOR, verifier("not started", 0));
        }
        long c = t - CEA_START;
        boolean steady = c >= DRAIN_MILLIS;
        long lag = Math.max(1, 15 - c / 2_000);
        Verifier verifier = verifier(c < HASHING_MILLIS ? "initial hashing" : "stream hashing", Math.min(1, c / (double) HASHING_MILLIS));
        Indexes indexes = options.buildsIndexesAfterCopy() ? indexes(c) : null;
        boolean canCommit = steady && lag <= 30
                && (verifier == null || verifier.phase().equals("stream hashing"))
                && (indexes == null || indexes.built() == indexes.total());
        return new ProgressSnapshot(MongosyncState.RUNNING, canCommit, false, "change event application",
                steady ? "steady state" : "collection copy drain", new Lag(lag, lag, c >= 10_000 ? 0L : null), lag,
                c / 1_000 * 250, new Copy(total, total), direction(), 2L, 3L, "more than 72 hours",
                lag > 1 ? lag : null, indexes, COORDINATOR, COORDINATOR, verifier);
    }

    private ProgressSnapshot paused(ProgressSnapshot at) {
        return new ProgressSnapshot(MongosyncState.PAUSED, false, at.canWrite(), at.info(), null, null, null,
                at.totalEventsApplied(), at.collectionCopy(), at.directionMapping(), at.sourcePingMs(),
                at.destinationPingMs(), null, null, null, at.mongosyncId(), at.coordinatorId(), at.verification());
    }

    private ProgressSnapshot committing() {
        ProgressSnapshot last = running(activeMillis);
        long lag = Math.max(0, last.lagTimeSeconds() - (clock.millis() - stateSince) / 1_000);
        return new ProgressSnapshot(MongosyncState.COMMITTING, false, false, "waiting for commit to complete", null,
                new Lag(lag, lag, 0L), lag, last.totalEventsApplied(), last.collectionCopy(), last.directionMapping(),
                2L, 3L, null, null, null, COORDINATOR, COORDINATOR, last.verification());
    }

    private ProgressSnapshot committed() {
        ProgressSnapshot last = running(activeMillis);
        return new ProgressSnapshot(MongosyncState.COMMITTED, false, true, "commit completed", null, new Lag(0, 0L, 0L),
                0L, last.totalEventsApplied(), last.collectionCopy(), last.directionMapping(), 2L, 3L, null, null, null,
                COORDINATOR, COORDINATOR, last.verification());
    }

    private ProgressSnapshot reversing() {
        ProgressSnapshot last = running(activeMillis);
        return new ProgressSnapshot(MongosyncState.REVERSING, false, false, "reversing direction", null,
                new Lag(0, 0L, 0L), 0L, last.totalEventsApplied(), last.collectionCopy(), last.directionMapping(),
                2L, 3L, null, null, null, COORDINATOR, COORDINATOR, last.verification());
    }

    private Direction direction() {
        String source = options.source() + ": localhost:27017";
        String destination = options.destination() + ": localhost:27018";
        return reversed ? new Direction(destination, source) : new Direction(source, destination);
    }

    private Verifier verifier(String phase, double hashed) {
        if (!options.verificationEnabled()) {
            return null;
        }
        return new Verifier(scenario.documentCount(), (long) (scenario.documentCount() * hashed), phase.equals("not started") ? 0 : 2,
                phase, (long) (scenario.collectionCount() * hashed), scenario.collectionCount());
    }

    private Indexes indexes(long ceaMillis) {
        long built = Math.min(scenario.indexCount(), ceaMillis / 2_000);
        long collections = Math.max(1, scenario.collectionCount());
        return new Indexes(built, scenario.indexCount(), collections * built / scenario.indexCount(), collections);
    }
}
