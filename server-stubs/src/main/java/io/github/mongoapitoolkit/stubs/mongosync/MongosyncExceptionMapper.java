package io.github.mongoapitoolkit.stubs.mongosync;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Renders a refused command. */
public final class MongosyncExceptionMapper implements ExceptionMapper<MongosyncException> {

    @Override
    public Response toResponse(MongosyncException e) {
        return MongosyncErrors.body(e.status(), e.error(), e.getMessage()).build();
    }
}
