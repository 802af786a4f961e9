package io.github.mongoapitoolkit.stubs.cloud;

import io.github.mongoapitoolkit.atlas.server.model.OAuthError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The three APIs behind the cloud port, told apart by path, each with its own error body: Atlas
 * and Ops Manager {@code ApiError} (not quite the same schema) and the token endpoint's OAuth
 * error. Framework errors (unknown path, wrong method) are rendered in the shape of the API the
 * path belongs to.
 */
public enum CloudApi {
    ATLAS, OPS_MANAGER, OAUTH;

    static final String ATLAS_PREFIX = "api/atlas/";
    static final String OPS_MANAGER_PREFIX = "api/public/";
    static final String TOKEN_PATH = "api/oauth/token";

    /** The API of a request path, without its leading slash. */
    public static CloudApi of(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.startsWith(OPS_MANAGER_PREFIX)) {
            return OPS_MANAGER;
        }
        if (p.equals(TOKEN_PATH)) {
            return OAUTH;
        }
        return ATLAS;
    }

    /** An error response in this API's shape. */
    public Response error(int status, String errorCode, String detail, List<String> parameters, Map<String, Object> headers) {
        String reason = reasonPhrase(status);
        Object body = switch (this) {
            case ATLAS -> new io.github.mongoapitoolkit.atlas.server.model.ApiError()
                    .error(status).errorCode(errorCode).detail(detail).reason(reason).parameters(parameters);
            case OPS_MANAGER -> new io.github.mongoapitoolkit.opsmanager.server.model.ApiError()
                    .error(status).errorCode(errorCode).detail(detail).reason(reason).parameters(parameters);
            case OAUTH -> new OAuthError().error(errorCode).errorDescription(detail);
        };
        Response.ResponseBuilder response = Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE);
        headers.forEach(response::header);
        return response.build();
    }

    /** 405 for a path that allows only the {@code allow} methods, in the shape of its API. */
    public static Response methodNotAllowed(String path, String allow) {
        CloudApi api = of(path);
        return api.error(405, api == OAUTH ? "invalid_request" : "METHOD_NOT_ALLOWED",
                "Method not allowed on " + path + "; allowed: " + allow + ".", List.of(allow), Map.of("Allow", allow));
    }

    /** The answer to a request whose Host header names no valid host, in the shape of its path's API. */
    public static Response invalidHost(String path) {
        CloudApi api = of(path);
        return api.error(400, api == OAUTH ? "invalid_request" : "INVALID_REQUEST", "The Host header is not a valid host.",
                List.of(), Map.of());
    }

    static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }
}
