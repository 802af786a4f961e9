package io.github.mongoapitoolkit.stubs.cloud;

import io.github.mongoapitoolkit.atlas.server.model.ApiError;
import io.github.mongoapitoolkit.stubs.pipeline.Api;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Renders {@link AtlasApiException} as Atlas's {@code ApiError}. */
public final class AtlasApiExceptionMapper implements ExceptionMapper<AtlasApiException> {

    @Override
    public Response toResponse(AtlasApiException e) {
        Response response = Api.ATLAS.error(e.status(), e.errorCode(), e.getMessage(), e.parameters(), e.headers());
        if (e.badRequestDetail() != null) {
            ((ApiError) response.getEntity()).badRequestDetail(e.badRequestDetail());
        }
        return response;
    }
}
