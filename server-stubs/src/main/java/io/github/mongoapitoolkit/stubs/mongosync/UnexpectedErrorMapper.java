package io.github.mongoapitoolkit.stubs.mongosync;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A bug in the stub is a 500 in mongosync's error body, never a stack trace on the wire. */
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable e) {
        System.err.println("Unexpected error in the mongosync stub: " + e);
        e.printStackTrace();
        return MongosyncErrors.body(500, "InternalError", "Unexpected error.").build();
    }
}
