package io.github.mongoapitoolkit.stubs.cloud;

import io.github.mongoapitoolkit.stubs.pipeline.Api;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Renders {@link OAuthErrorException} as an RFC 6749 error body. */
public final class OAuthErrorExceptionMapper implements ExceptionMapper<OAuthErrorException> {

    @Override
    public Response toResponse(OAuthErrorException e) {
        return Api.OAUTH.error(e.status(), e.error(), e.getMessage(), null, e.headers());
    }
}
