package io.github.mongoapitoolkit.stubs.cloud;

import java.util.List;
import java.util.Map;

/** An error the Ops Manager API answers with its {@code ApiError} body. */
public final class OpsManagerApiException extends RuntimeException {

    private final int status;
    private final String errorCode;
    private final List<String> parameters;
    private final Map<String, Object> headers;

    public OpsManagerApiException(int status, String errorCode, String detail, List<String> parameters, Map<String, Object> headers) {
        super(detail);
        this.status = status;
        this.errorCode = errorCode;
        this.parameters = parameters;
        this.headers = headers;
    }

    public OpsManagerApiException(int status, String errorCode, String detail, List<String> parameters) {
        this(status, errorCode, detail, parameters, Map.of());
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    public List<String> parameters() {
        return parameters;
    }

    public Map<String, Object> headers() {
        return headers;
    }
}
