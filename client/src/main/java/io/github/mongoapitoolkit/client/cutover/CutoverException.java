package io.github.mongoapitoolkit.client.cutover;

import java.util.Optional;

/**
 * A cutover that did not end as asked, with a {@link Reason} to branch on (never the message):
 * the migration failed or expired, the server refused a step, or the wait ran out. It carries the
 * last status the helper saw and, for a refusal, the server's error code.
 */
public final class CutoverException extends RuntimeException {

    /** Why the cutover stopped. */
    public enum Reason {
        /** The migration or sync reported a failure (Atlas FAILED). */
        FAILED,
        /** Atlas's 120-hour cutover window ran out (EXPIRED). */
        EXPIRED,
        /** There is nothing to cut over: no sync running, or a migration that was never started. */
        NOT_STARTED,
        /** The server refused the cutover or commit call; {@link #errorCode()} says how. */
        REFUSED,
        /** The state asked for did not come within the polling timeout. */
        TIMED_OUT,
        /** The waiting thread was interrupted. */
        INTERRUPTED
    }

    private final Reason reason;
    private final String lastStatus;
    private final String errorCode;

    CutoverException(Reason reason, String lastStatus, String errorCode, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.lastStatus = lastStatus;
        this.errorCode = errorCode;
    }

    public Reason reason() {
        return reason;
    }

    /** The last status seen (Atlas's {@code status} or mongosync's {@code state}), if one was. */
    public Optional<String> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }

    /** The server's error code of a {@link Reason#REFUSED refusal}. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }
}
