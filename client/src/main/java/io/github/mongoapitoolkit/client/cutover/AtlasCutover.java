package io.github.mongoapitoolkit.client.cutover;

import io.github.mongoapitoolkit.atlas.client.api.CloudMigrationServiceApi;
import io.github.mongoapitoolkit.atlas.client.invoker.ApiException;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationResponse;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Cuts over one Atlas live migration as Atlas documents it: poll the migration until it reports
 * {@code readyForCutover}, cut it over (202, nothing to poll but the migration), then poll until
 * it is COMPLETE. FAILED and EXPIRED end it with a {@link CutoverException} of that reason, a
 * refused cutover with {@link CutoverException.Reason#REFUSED} and Atlas's {@code errorCode}.
 * Polls that get no answer, 429 or a 5xx are waited out (the client's retry policy has already
 * retried them).
 *
 * <pre>
 * LiveMigrationResponse done = AtlasCutover.of(new CloudMigrationServiceApi(atlasClient))
 *         .polling(Polling.every(Duration.ofSeconds(30), Duration.ofHours(6)))
 *         .onProgress(step -> log.info("{} {}", step.phase(), step.migration()))
 *         .run(groupId, liveMigrationId);
 * </pre>
 */
public final class AtlasCutover {

    /** Where a cutover stands. */
    public enum Phase { AWAITING_READY, CUTTING_OVER, AWAITING_COMPLETE, COMPLETE }

    /** What one poll saw: the migration, or the problem that kept it from being read. */
    public record Step(Phase phase, Optional<LiveMigrationResponse> migration, Optional<Exception> problem) {
    }

    private final CloudMigrationServiceApi api;
    private final Polling polling;
    private final Consumer<Step> listener;

    private AtlasCutover(CloudMigrationServiceApi api, Polling polling, Consumer<Step> listener) {
        this.api = api;
        this.polling = polling;
        this.listener = listener;
    }

    /** A helper over a generated client, polling every 10 s for up to 6 hours a state. */
    public static AtlasCutover of(CloudMigrationServiceApi api) {
        return new AtlasCutover(api, Polling.every(Duration.ofSeconds(10), Duration.ofHours(6)), step -> { });
    }

    public AtlasCutover polling(Polling other) {
        return new AtlasCutover(api, other, listener);
    }

    public AtlasCutover onProgress(Consumer<Step> other) {
        return new AtlasCutover(api, polling, other);
    }

    /** Waits until ready, cuts over and waits until COMPLETE; a migration already COMPLETE is returned as it is. */
    public LiveMigrationResponse run(String groupId, String liveMigrationId) {
        LiveMigrationResponse ready = awaitReady(groupId, liveMigrationId);
        if (ready.getStatus() == LiveMigrationStatus.COMPLETE) {
            return ready;
        }
        cutOver(groupId, liveMigrationId, ready);
        return awaitComplete(groupId, liveMigrationId);
    }

    /** Polls until the migration is {@code readyForCutover} (or already COMPLETE). */
    public LiveMigrationResponse awaitReady(String groupId, String liveMigrationId) {
        return waiting().until("migration " + liveMigrationId + " to be ready for cutover",
                () -> api.getGroupLiveMigration(groupId, liveMigrationId, null, null),
                m -> m.getStatus() == LiveMigrationStatus.COMPLETE
                        || Boolean.TRUE.equals(m.getReadyForCutover()) && (m.getStatus() == LiveMigrationStatus.WORKING
                                || m.getStatus() == LiveMigrationStatus.NEW),
                AtlasCutover::failure, (m, e) -> listener.accept(new Step(Phase.AWAITING_READY, Optional.ofNullable(m), Optional.ofNullable(e))));
    }

    /** Polls until the migration is COMPLETE. */
    public LiveMigrationResponse awaitComplete(String groupId, String liveMigrationId) {
        LiveMigrationResponse complete = waiting().until("migration " + liveMigrationId + " to complete",
                () -> api.getGroupLiveMigration(groupId, liveMigrationId, null, null),
                m -> m.getStatus() == LiveMigrationStatus.COMPLETE,
                AtlasCutover::failure, (m, e) -> listener.accept(new Step(Phase.AWAITING_COMPLETE, Optional.ofNullable(m), Optional.ofNullable(e))));
        listener.accept(new Step(Phase.COMPLETE, Optional.of(complete), Optional.empty()));
        return complete;
    }

    private void cutOver(String groupId, String liveMigrationId, LiveMigrationResponse ready) {
        listener.accept(new Step(Phase.CUTTING_OVER, Optional.of(ready), Optional.empty()));
        try {
            api.cutoverGroupLiveMigration(groupId, liveMigrationId, null, null);
        } catch (ApiException e) {
            throw new CutoverException(CutoverException.Reason.REFUSED, String.valueOf(ready.getStatus()), errorCode(e.getResponseBody()),
                    "Atlas refused the cutover of " + liveMigrationId + ": " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    private Waiting<LiveMigrationResponse> waiting() {
        return new Waiting<>(polling, AtlasCutover::worthWaitingOut, m -> String.valueOf(m.getStatus()));
    }

    private static Optional<CutoverException> failure(LiveMigrationResponse migration) {
        if (migration.getStatus() == LiveMigrationStatus.FAILED) {
            return Optional.of(new CutoverException(CutoverException.Reason.FAILED, "FAILED", null,
                    "Live migration " + migration.getId() + " FAILED.", null));
        }
        if (migration.getStatus() == LiveMigrationStatus.EXPIRED) {
            return Optional.of(new CutoverException(CutoverException.Reason.EXPIRED, "EXPIRED", null,
                    "Live migration " + migration.getId() + " EXPIRED: it was not cut over within 120 hours of being ready.", null));
        }
        return Optional.empty();
    }

    static boolean worthWaitingOut(Exception e) {
        if (e instanceof ApiException api) {
            return api.getCode() == 0 || api.getCode() == 429 || api.getCode() >= 500;
        }
        return e instanceof jakarta.ws.rs.ProcessingException;
    }

    private static String errorCode(String body) {
        return ErrorBodies.field(body, "errorCode");
    }
}
