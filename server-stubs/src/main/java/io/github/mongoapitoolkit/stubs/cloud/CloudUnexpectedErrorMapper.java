package io.github.mongoapitoolkit.stubs.cloud;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;

/**
 * The last resort: a bug in the stub becomes the API's declared 500 body, never a stack trace
 * on the wire. The trace goes to standard error for whoever runs the stub.
 */
public final class CloudUnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        System.err.println("Unexpected error serving /" + uri.getPath() + ": " + e);
        e.printStackTrace();
        CloudApi api = CloudApi.of(uri.getPath());
        return api.error(500, api == CloudApi.OAUTH ? "server_error" : "UNEXPECTED_ERROR", "Unexpected error.", List.of(), Map.of());
    }
}
