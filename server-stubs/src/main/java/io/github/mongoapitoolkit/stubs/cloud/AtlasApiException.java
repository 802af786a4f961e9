package io.github.mongoapitoolkit.stubs.cloud;

import io.github.mongoapitoolkit.atlas.server.model.BadRequestDetail;
import java.util.List;
import java.util.Map;

/** An error the Atlas API answers with its {@code ApiError} body. */
public final class AtlasApiException extends RuntimeException {

    private final int status;
    private final String errorCode;
    private final List<String> parameters;
    private final Map<String, Object> headers;
    private final BadRequestDetail badRequestDetail;

    public AtlasApiException(int status, String errorCode, String detail, List<String> parameters,
            Map<String, Object> headers, BadRequestDetail badRequestDetail) {
        super(detail);
        this.status = status;
        this.errorCode = errorCode;
        this.parameters = parameters;
        this.headers = headers;
        this.badRequestDetail = badRequestDetail;
    }

    public AtlasApiException(int status, String errorCode, String detail, List<String> parameters) {
        this(status, errorCode, detail, parameters, Map.of(), null);
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

    public BadRequestDetail badRequestDetail() {
        return badRequestDetail;
    }
}
