package io.github.mongoapitoolkit.stubs.pipeline;

import io.github.mongoapitoolkit.atlas.server.model.OAuthError;
import io.github.mongoapitoolkit.mongosync.server.model.ErrorResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The four error shapes a stub server answers in, one per API: mongosync's
 * {@code {success: false, error, errorDescription}}, Atlas's and Ops Manager's {@code ApiError}
 * (not quite the same schema) and the token endpoint's RFC 6749 error. Which one a request gets is
 * decided once, by {@link Routes}, from the operation it matched; nothing reads the raw path for it.
 * The stable codes of the refusals every API makes are here too, so that the pipeline, the HTTP
 * codec and Jersey's mappers answer alike.
 */
public enum Api {
    MONGOSYNC, ATLAS, OPS_MANAGER, OAUTH;

    /** The API's name in the request journal: mongosync, atlas, ops-manager, oauth. */
    public String journalName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** An error response in this API's shape. */
    public Response error(int status, String errorCode, String detail, List<String> parameters, Map<String, ?> headers) {
        String reason = reasonPhrase(status);
        Object body = switch (this) {
            case MONGOSYNC -> new ErrorResponse().success(false).error(errorCode).errorDescription(detail);
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

    /** A malformed request: target, framing, headers, Host, query values. */
    public Response badRequest(String detail) {
        return error(400, pick("InvalidRequest", "INVALID_REQUEST", "invalid_request"), detail, List.of(), Map.of());
    }

    /** As {@link #badRequest(String)}, and the connection is closed after the answer (RFC 9112 section 6.1). */
    public Response badFraming(String detail) {
        Response refusal = badRequest(detail);
        refusal.getHeaders().putSingle("Connection", "close");
        return refusal;
    }

    public Response notFound(String path) {
        return error(404, pick("NotFound", "RESOURCE_NOT_FOUND", "invalid_request"),
                "Cannot find resource " + path + ".", List.of(path), Map.of());
    }

    /** 405 for a path that allows only the {@code allow} methods (OPTIONS included: no spec declares it). */
    public Response methodNotAllowed(String path, String allow) {
        return error(405, pick("MethodNotAllowed", "METHOD_NOT_ALLOWED", "invalid_request"),
                "Method not allowed on " + path + "; allowed: " + allow + ".", List.of(allow), Map.of(HttpHeaders.ALLOW, allow));
    }

    /** Request headers over the limit: mongosync's 431, and the 400 every cloud operation declares. */
    public Response headersTooLarge(int maxBytes) {
        String detail = "The request headers exceed " + maxBytes + " bytes.";
        return this == MONGOSYNC ? error(431, "RequestHeaderFieldsTooLarge", detail, List.of(), Map.of())
                : error(400, pick("", "REQUEST_HEADERS_TOO_LARGE", "invalid_request"), detail, List.of(), Map.of());
    }

    public Response bodyTooLarge(long maxBytes) {
        return error(413, pick("RequestTooLarge", "REQUEST_TOO_LARGE", "invalid_request"),
                "The request body exceeds " + maxBytes + " bytes.", List.of(String.valueOf(maxBytes)), Map.of());
    }

    /** A body that did not arrive in time; the connection is closed. */
    public Response bodyTimeout(long seconds) {
        Response refusal = error(400, pick("RequestTimeout", "REQUEST_TIMEOUT", "invalid_request"),
                "The request body did not arrive within " + seconds + " seconds.", List.of(), Map.of());
        refusal.getHeaders().putSingle("Connection", "close");
        return refusal;
    }

    /** 401 with the challenge the operation's security schemes ask for. */
    public Response unauthorized(String challenge) {
        // Atlas answers a failed authentication with UNEXPECTED_ERROR, as recorded responses show.
        String code = switch (this) {
            case MONGOSYNC -> "Unauthorized";
            case ATLAS -> "UNEXPECTED_ERROR";
            case OPS_MANAGER -> "USER_UNAUTHORIZED";
            case OAUTH -> "invalid_client";
        };
        return error(401, code,
                this == OAUTH ? "Client authentication failed." : "You are not authorized for this resource.",
                List.of(), Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge));
    }

    public Response addressNotOnAccessList(String address) {
        return error(403, "IP_ADDRESS_NOT_ON_ACCESS_LIST", "IP address " + address + " is not allowed to access this resource.",
                List.of(address), Map.of());
    }

    public Response rateLimited(String path, int limit, long retryAfterSeconds) {
        return error(429, pick("RateLimited", "RATE_LIMITED", "slow_down"),
                "Resource " + path + " is limited to " + limit + " requests every 1 minutes.",
                List.of(String.valueOf(limit), "1"), Map.of("Retry-After", retryAfterSeconds));
    }

    /** More bodies arriving at once on a port than it collects: retry in a second. */
    public Response tooManyPendingBodies(int maxPending) {
        return error(429, pick("RateLimited", "RATE_LIMITED", "slow_down"),
                "More than " + maxPending + " request bodies are arriving at once; retry shortly.", List.of(), Map.of("Retry-After", 1));
    }

    public Response notAcceptable() {
        return error(406, pick("NotAcceptable", "INVALID_VERSION_DATE", "invalid_request"),
                "Invalid accept header or version date.", List.of(), Map.of());
    }

    /** An injected fault's answer: 429 with Retry-After, or a 5xx, in this API's error shape. */
    public Response injected(int status, java.util.Optional<Long> retryAfterSeconds) {
        String detail = "Injected fault: the stub was asked to answer " + status + ".";
        return switch (status) {
            case 429 -> error(429, pick("RateLimited", "RATE_LIMITED", "slow_down"), detail, List.of(),
                    retryAfterSeconds.<Map<String, ?>>map(s -> Map.of("Retry-After", s)).orElse(Map.of()));
            case 500 -> unexpected();
            case 502 -> error(502, pick("BadGateway", "BAD_GATEWAY", "server_error"), detail, List.of(), Map.of());
            case 503 -> error(503, pick("ServiceUnavailable", "SERVICE_UNAVAILABLE", "temporarily_unavailable"), detail, List.of(), Map.of());
            case 504 -> error(504, pick("GatewayTimeout", "GATEWAY_TIMEOUT", "server_error"), detail, List.of(), Map.of());
            default -> throw new IllegalArgumentException("Injectable statuses are 429, 500, 502, 503 and 504, not " + status);
        };
    }

    public Response unexpected() {
        return error(500, pick("InternalError", "UNEXPECTED_ERROR", "server_error"), "Unexpected error.", List.of(), Map.of());
    }

    /** This API's code: mongosync's, the one Atlas and Ops Manager share, or the token endpoint's. */
    private String pick(String mongosync, String cloud, String oauth) {
        return switch (this) {
            case MONGOSYNC -> mongosync;
            case ATLAS, OPS_MANAGER -> cloud;
            case OAUTH -> oauth;
        };
    }

    public static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }
}
