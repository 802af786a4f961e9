package io.github.mongoapitoolkit.stubs.cloud;

import java.util.Map;

/** An error of the token endpoint, answered with an RFC 6749 error body. */
public final class OAuthErrorException extends RuntimeException {

    private final int status;
    private final String error;
    private final Map<String, Object> headers;

    public OAuthErrorException(int status, String error, String description, Map<String, Object> headers) {
        super(description);
        this.status = status;
        this.error = error;
        this.headers = headers;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public Map<String, Object> headers() {
        return headers;
    }
}
