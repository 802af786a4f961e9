package com.example.cutover;

import io.github.mongoapitoolkit.mongosync.client.model.EmptyRequest;
import io.github.mongoapitoolkit.mongosync.client.api.ProgressApi;
import io.github.mongoapitoolkit.mongosync.client.api.SyncControlApi;
import io.github.mongoapitoolkit.mongosync.client.invoker.ApiClient;
import io.github.mongoapitoolkit.mongosync.client.invoker.ApiException;
import io.github.mongoapitoolkit.mongosync.client.model.Progress;

/**
 * A consumer team's code: one step of a cutover. It reads mongosync's progress and commits the
 * sync once mongosync says it can; an operator's pause is left alone.
 */
public final class CutoverOrchestrator {

    /** What one step decided. */
    public enum Decision { WAIT, COMMIT, LEAVE_PAUSED, DONE }

    private final ProgressApi progress;
    private final SyncControlApi control;

    public CutoverOrchestrator(ApiClient mongosync) {
        this.progress = new ProgressApi(mongosync);
        this.control = new SyncControlApi(mongosync);
    }

    public Decision step() throws ApiException {
        Progress now = progress.getProgress().getProgress();
        switch (now.getState()) {
            case PAUSED:
                return Decision.LEAVE_PAUSED;
            case COMMITTING:
            case COMMITTED:
                return Decision.DONE;
            case RUNNING:
                if (Boolean.TRUE.equals(now.getCanCommit())) {
                    control.commitSync(new EmptyRequest());
                    return Decision.COMMIT;
                }
                return Decision.WAIT;
            default:
                return Decision.WAIT;
        }
    }
}
