package io.github.mongoapitoolkit.stubs.admin;

/** A refused admin command, with the status and the stable {@code errorCode} of the admin spec's AdminError. */
final class AdminException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;

    AdminException(int status, String errorCode, String detail) {
        super(detail);
        this.status = status;
        this.errorCode = errorCode;
    }

    int status() {
        return status;
    }

    String errorCode() {
        return errorCode;
    }
}
