package io.github.mongoapitoolkit.client.cutover;

import io.github.mongoapitoolkit.mongosync.client.api.ProgressApi;
import io.github.mongoapitoolkit.mongosync.client.api.SyncControlApi;
import io.github.mongoapitoolkit.mongosync.client.invoker.ApiException;
import io.github.mongoapitoolkit.mongosync.client.model.EmptyRequest;
import io.github.mongoapitoolkit.mongosync.client.model.Progress;
import io.github.mongoapitoolkit.mongosync.client.model.SyncState;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * mongosync's documented cutover: poll {@code /progress} until the sync is RUNNING with
 * {@code canCommit} and a lag no longer than you accept, stop writes to the source (your
 * {@link #beforeCommit} hook), {@code /commit}, then poll until {@code canWrite} is true and the
 * state is COMMITTED, when writes may go to the destination. A PAUSED sync is waited for (an
 * operator may resume it); IDLE or INITIALIZING is {@link CutoverException.Reason#NOT_STARTED},
 * REVERSING {@link CutoverException.Reason#FAILED}, a refused commit
 * {@link CutoverException.Reason#REFUSED} with mongosync's {@code error}. Polls that get no
 * answer (mongosync restarting, or busy after a resume) are waited out.
 *
 * <pre>
 * Progress committed = MongosyncCutover.of(new ProgressApi(client), new SyncControlApi(client))
 *         .maxLag(Duration.ofSeconds(5))
 *         .beforeCommit(application::stopWritesToSource)
 *         .run();
 * </pre>
 */
public final class MongosyncCutover {

    /** Where a cutover stands. */
    public enum Phase { AWAITING_CAN_COMMIT, COMMITTING, AWAITING_CAN_WRITE, COMMITTED }

    /** What one poll saw: the progress, or the problem that kept it from being read. */
    public record Step(Phase phase, Optional<Progress> progress, Optional<Exception> problem) {
    }

    private final ProgressApi progress;
    private final SyncControlApi control;
    private final Polling polling;
    private final Duration maxLag;
    private final Runnable beforeCommit;
    private final Consumer<Step> listener;

    private MongosyncCutover(ProgressApi progress, SyncControlApi control, Polling polling, Duration maxLag,
            Runnable beforeCommit, Consumer<Step> listener) {
        this.progress = progress;
        this.control = control;
        this.polling = polling;
        this.maxLag = maxLag;
        this.beforeCommit = beforeCommit;
        this.listener = listener;
    }

    /** A helper polling every 5 s for up to 6 hours a state, accepting a lag of up to 10 s. */
    public static MongosyncCutover of(ProgressApi progress, SyncControlApi control) {
        return new MongosyncCutover(progress, control, Polling.every(Duration.ofSeconds(5), Duration.ofHours(6)),
                Duration.ofSeconds(10), () -> { }, step -> { });
    }

    public MongosyncCutover polling(Polling other) {
        return new MongosyncCutover(progress, control, other, maxLag, beforeCommit, listener);
    }

    /** The longest {@code lagTimeSeconds} at which to commit. */
    public MongosyncCutover maxLag(Duration lag) {
        return new MongosyncCutover(progress, control, polling, lag, beforeCommit, listener);
    }

    /** Runs once mongosync can commit, just before {@code /commit}: stop writes to the source here. */
    public MongosyncCutover beforeCommit(Runnable hook) {
        return new MongosyncCutover(progress, control, polling, maxLag, hook, listener);
    }

    public MongosyncCutover onProgress(Consumer<Step> other) {
        return new MongosyncCutover(progress, control, polling, maxLag, beforeCommit, other);
    }

    /** The whole procedure; a sync already COMMITTED is returned as it is. */
    public Progress run() {
        Progress ready = awaitCanCommit();
        if (ready.getState() != SyncState.COMMITTED) {
            if (ready.getState() == SyncState.RUNNING) {
                commit(ready);
            }
            ready = awaitCanWrite();
        }
        listener.accept(new Step(Phase.COMMITTED, Optional.of(ready), Optional.empty()));
        return ready;
    }

    /** Polls until the sync can commit within the accepted lag (or is already committing or committed). */
    public Progress awaitCanCommit() {
        return waiting().until("mongosync to be able to commit with a lag of at most " + maxLag.toSeconds() + " s",
                () -> progress.getProgress().getProgress(),
                p -> committingOrCommitted(p) || p.getState() == SyncState.RUNNING && Boolean.TRUE.equals(p.getCanCommit())
                        && p.getLagTimeSeconds() != null && p.getLagTimeSeconds() <= maxLag.toSeconds(),
                MongosyncCutover::beforeCommitFailure,
                (p, e) -> listener.accept(new Step(Phase.AWAITING_CAN_COMMIT, Optional.ofNullable(p), Optional.ofNullable(e))));
    }

    /** Polls until {@code canWrite} is true and the state COMMITTED. */
    public Progress awaitCanWrite() {
        return waiting().until("mongosync to be COMMITTED with canWrite",
                () -> progress.getProgress().getProgress(),
                p -> p.getState() == SyncState.COMMITTED && Boolean.TRUE.equals(p.getCanWrite()),
                p -> committingOrCommitted(p) ? Optional.empty() : Optional.of(new CutoverException(CutoverException.Reason.FAILED,
                        String.valueOf(p.getState()), null, "mongosync went " + p.getState() + " after the commit.", null)),
                (p, e) -> listener.accept(new Step(Phase.AWAITING_CAN_WRITE, Optional.ofNullable(p), Optional.ofNullable(e))));
    }

    private void commit(Progress ready) {
        beforeCommit.run();
        listener.accept(new Step(Phase.COMMITTING, Optional.of(ready), Optional.empty()));
        try {
            control.commitSync(new EmptyRequest());
        } catch (ApiException e) {
            throw new CutoverException(CutoverException.Reason.REFUSED, String.valueOf(ready.getState()), mongosyncError(e),
                    "mongosync refused the commit: " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    private Waiting<Progress> waiting() {
        return new Waiting<>(polling, MongosyncCutover::worthWaitingOut, p -> String.valueOf(p.getState()));
    }

    private static boolean committingOrCommitted(Progress p) {
        return p.getState() == SyncState.COMMITTING || p.getState() == SyncState.COMMITTED;
    }

    private static Optional<CutoverException> beforeCommitFailure(Progress p) {
        return switch (p.getState()) {
            case IDLE, INITIALIZING -> Optional.of(new CutoverException(CutoverException.Reason.NOT_STARTED, p.getState().toString(), null,
                    "mongosync is " + p.getState() + ": no sync has been started, so there is nothing to commit.", null));
            case REVERSING -> Optional.of(new CutoverException(CutoverException.Reason.FAILED, "REVERSING", null,
                    "mongosync is REVERSING the sync instead of committing it.", null));
            default -> Optional.empty();
        };
    }

    static boolean worthWaitingOut(Exception e) {
        if (e instanceof ApiException api) {
            return api.getCode() == 0 || api.getCode() == 429 || api.getCode() >= 500;
        }
        return e instanceof jakarta.ws.rs.ProcessingException;
    }

    private static String mongosyncError(ApiException e) {
        return ErrorBodies.field(e.getResponseBody(), "error");
    }
}
