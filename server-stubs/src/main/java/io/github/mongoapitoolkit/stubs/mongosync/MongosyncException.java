package io.github.mongoapitoolkit.stubs.mongosync;

/** A command mongosync refuses, answered with {@code {success: false, error, errorDescription}}. */
public final class MongosyncException extends RuntimeException {

    /** The {@code error} names this stub uses; clients branch on these, not on the text. */
    public static final String INVALID_REQUEST = "InvalidRequest";
    public static final String INVALID_OPTION_COMBINATION = "InvalidOptionCombination";
    public static final String INVALID_STATE_TRANSITION = "InvalidStateTransition";
    public static final String COMMIT_NOT_READY = "CommitNotReady";
    public static final String NOT_REVERSIBLE = "NotReversible";

    private final int status;
    private final String error;

    public MongosyncException(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    static MongosyncException badRequest(String error, String description) {
        return new MongosyncException(400, error, description);
    }

    static MongosyncException refused(String error, String description) {
        return new MongosyncException(409, error, description);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
