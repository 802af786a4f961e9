package io.github.mongoapitoolkit.stubs.mongosync;

import io.github.mongoapitoolkit.stubs.common.RefuseOptions;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Jersey's own errors (unknown path, wrong method, wrong media type) in mongosync's error body. */
public final class FrameworkErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        String path = "/" + uri.getPath();
        if (e instanceof NotFoundException) {
            return MongosyncErrors.body(404, "NotFound", "There is no endpoint " + path + ".").build();
        }
        if (e instanceof NotAllowedException) {
            return MongosyncErrors.methodNotAllowed(path, RefuseOptions.declared(e.getResponse().getHeaderString(HttpHeaders.ALLOW)));
        }
        if (e instanceof NotSupportedException) {
            return MongosyncErrors.body(415, MongosyncException.INVALID_REQUEST, "Send the body as application/json.").build();
        }
        int status = e.getResponse().getStatus();
        return MongosyncErrors.body(status, MongosyncException.INVALID_REQUEST, e.getResponse().getStatusInfo().getReasonPhrase() + ".").build();
    }
}
