package io.github.mongoapitoolkit.stubs.cloud;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Renders {@link OpsManagerApiException} as Ops Manager's {@code ApiError}. */
public final class OpsManagerApiExceptionMapper implements ExceptionMapper<OpsManagerApiException> {

    @Override
    public Response toResponse(OpsManagerApiException e) {
        return CloudApi.OPS_MANAGER.error(e.status(), e.errorCode(), e.getMessage(), e.parameters(), e.headers());
    }
}
