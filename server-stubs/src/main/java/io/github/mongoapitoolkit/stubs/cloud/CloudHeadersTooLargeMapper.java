package io.github.mongoapitoolkit.stubs.cloud;

import io.github.mongoapitoolkit.stubs.common.RequestHeaderLimit.RequestHeadersTooLargeException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;

/**
 * Oversized request headers, as the 400 each cloud operation declares (a 431 would be a status
 * the Atlas and Ops Manager specs do not declare).
 */
public final class CloudHeadersTooLargeMapper implements ExceptionMapper<RequestHeadersTooLargeException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(RequestHeadersTooLargeException e) {
        CloudApi api = CloudApi.of(uri.getPath());
        return api.error(400, api == CloudApi.OAUTH ? "invalid_request" : "REQUEST_HEADERS_TOO_LARGE", e.getMessage(), List.of(), Map.of());
    }
}
