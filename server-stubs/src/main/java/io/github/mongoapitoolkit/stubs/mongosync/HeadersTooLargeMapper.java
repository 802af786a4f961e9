package io.github.mongoapitoolkit.stubs.mongosync;

import io.github.mongoapitoolkit.stubs.common.RequestHeaderLimit.RequestHeadersTooLargeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Oversized request headers are a 431 {@code RequestHeaderFieldsTooLarge}. */
public final class HeadersTooLargeMapper implements ExceptionMapper<RequestHeadersTooLargeException> {

    @Override
    public Response toResponse(RequestHeadersTooLargeException e) {
        return MongosyncErrors.body(431, "RequestHeaderFieldsTooLarge", e.getMessage()).build();
    }
}
