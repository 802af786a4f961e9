package io.github.mongoapitoolkit.stubs.mongosync;

import io.github.mongoapitoolkit.mongosync.server.model.ErrorResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** mongosync's error body: {@code {success: false, error, errorDescription}}. */
public final class MongosyncErrors {

    private MongosyncErrors() {
    }

    static Response.ResponseBuilder body(int status, String error, String description) {
        return Response.status(status)
                .entity(new ErrorResponse().success(false).error(error).errorDescription(description))
                .type(MediaType.APPLICATION_JSON_TYPE);
    }

    /** 405 for a path that allows only the {@code allow} methods. */
    public static Response methodNotAllowed(String path, String allow) {
        return body(405, "MethodNotAllowed", "Method not allowed on " + path + "; use " + allow + ".")
                .header(HttpHeaders.ALLOW, allow).build();
    }

    /** The answer to a request whose Host header names no valid host. */
    public static Response invalidHost() {
        return body(400, MongosyncException.INVALID_REQUEST, "The Host header is not a valid host.").build();
    }
}
