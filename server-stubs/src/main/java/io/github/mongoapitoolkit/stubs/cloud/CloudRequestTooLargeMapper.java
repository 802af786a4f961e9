package io.github.mongoapitoolkit.stubs.cloud;

import io.github.mongoapitoolkit.stubs.common.RequestBodyLimit.RequestTooLargeException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;

/** A request body over the limit, in the error shape of the API the path belongs to. */
public final class CloudRequestTooLargeMapper implements ExceptionMapper<RequestTooLargeException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(RequestTooLargeException e) {
        CloudApi api = CloudApi.of(uri.getPath());
        return api.error(413, api == CloudApi.OAUTH ? "invalid_request" : "REQUEST_TOO_LARGE", e.getMessage(),
                List.of(String.valueOf(e.maxBytes())), Map.of());
    }
}
