package io.github.mongoapitoolkit.stubs.mongosync;

import io.github.mongoapitoolkit.mongosync.server.model.ErrorResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** mongosync's error body: {@code {success: false, error, errorDescription}}. */
final class MongosyncErrors {

    private MongosyncErrors() {
    }

    static Response.ResponseBuilder body(int status, String error, String description) {
        return Response.status(status)
                .entity(new ErrorResponse().success(false).error(error).errorDescription(description))
                .type(MediaType.APPLICATION_JSON_TYPE);
    }
}
