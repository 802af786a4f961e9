package io.github.mongoapitoolkit.stubs.cloud;

import io.github.mongoapitoolkit.stubs.common.RefuseOptions;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;

/**
 * Renders Jersey's own errors (unknown path, wrong method, unsupported media type) in the error
 * shape of the API the path belongs to, instead of Jersey's HTML.
 */
public final class CloudFrameworkErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        String path = "/" + uri.getPath();
        CloudApi api = CloudApi.of(path);
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException) {
            return api.error(404, api == CloudApi.OAUTH ? "invalid_request" : "RESOURCE_NOT_FOUND",
                    "Cannot find resource " + path + ".", List.of(path), Map.of());
        }
        if (e instanceof NotAllowedException) {
            return CloudApi.methodNotAllowed(path, RefuseOptions.declared(e.getResponse().getHeaderString(HttpHeaders.ALLOW)));
        }
        if (e instanceof NotSupportedException) {
            if (api == CloudApi.OAUTH) {
                // RFC 6749 section 4.4.2: the token request is form-encoded; anything else is a bad request.
                return api.error(400, "invalid_request", "Send the token request as application/x-www-form-urlencoded.",
                        List.of(), Map.of());
            }
            return api.error(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported Content-Type.", List.of(), Map.of());
        }
        if (e instanceof NotAcceptableException) {
            return api.error(406, api == CloudApi.OAUTH ? "invalid_request" : "INVALID_VERSION_DATE",
                    "Invalid accept header or version date.", List.of(), Map.of());
        }
        return api.error(status, api == CloudApi.OAUTH ? "invalid_request" : "INVALID_REQUEST",
                CloudApi.reasonPhrase(status) + ".", List.of(), Map.of());
    }
}
