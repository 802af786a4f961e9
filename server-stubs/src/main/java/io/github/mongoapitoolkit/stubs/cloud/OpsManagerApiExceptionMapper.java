package io.github.mongoapitoolkit.stubs.cloud;

import io.github.mongoapitoolkit.stubs.pipeline.Api;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Renders {@link OpsManagerApiException} as Ops Manager's {@code ApiError}. */
public final class OpsManagerApiExceptionMapper implements ExceptionMapper<OpsManagerApiException> {

    @Override
    public Response toResponse(OpsManagerApiException e) {
        return Api.OPS_MANAGER.error(e.status(), e.errorCode(), e.getMessage(), e.parameters(), e.headers());
    }
}
