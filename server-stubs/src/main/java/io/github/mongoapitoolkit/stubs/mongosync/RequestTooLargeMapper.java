package io.github.mongoapitoolkit.stubs.mongosync;

import io.github.mongoapitoolkit.stubs.common.RequestBodyLimit.RequestTooLargeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A body over the limit is a 413 {@code RequestTooLarge}. */
public final class RequestTooLargeMapper implements ExceptionMapper<RequestTooLargeException> {

    @Override
    public Response toResponse(RequestTooLargeException e) {
        return MongosyncErrors.body(413, "RequestTooLarge", e.getMessage()).build();
    }
}
