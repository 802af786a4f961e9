package io.github.mongoapitoolkit.stubs.cloud;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the {@link RateLimiter} to each authenticated caller: Atlas responses carry
 * {@code RateLimit-Limit} and {@code RateLimit-Remaining}; past the limit Atlas answers 429
 * {@code RATE_LIMITED} and Ops Manager 429 {@code RATE_LIMITED}, both with {@code Retry-After}.
 */
@Priority(Priorities.AUTHORIZATION)
public final class RateLimiting implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String DECISION = RateLimiting.class.getName() + ".decision";

    private final RateLimiter limiter;

    public RateLimiting(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Object identity = request.getProperty(CloudAuthentication.IDENTITY);
        if (!limiter.enabled() || identity == null) {
            return;
        }
        CloudApi api = CloudApi.of(request.getUriInfo().getPath());
        RateLimiter.Decision decision = charge(api, identity).orElseThrow();
        request.setProperty(DECISION, decision);
        if (decision.allowed()) {
            return;
        }
        String path = "/" + request.getUriInfo().getPath();
        String detail = "Resource " + path + " is limited to " + decision.limit() + " requests every 1 minutes.";
        List<String> parameters = List.of(String.valueOf(decision.limit()), "1");
        Map<String, Object> headers = Map.of("Retry-After", decision.retryAfterSeconds());
        switch (api) {
            case OPS_MANAGER -> throw new OpsManagerApiException(429, "RATE_LIMITED", detail, parameters, headers);
            case OAUTH -> throw new OAuthErrorException(429, "slow_down", detail, headers);
            default -> throw new AtlasApiException(429, "RATE_LIMITED", detail, parameters, headers, null);
        }
    }

    /** Charges one request of an authenticated caller; empty when limiting is off. */
    public Optional<RateLimiter.Decision> charge(CloudApi api, Object identity) {
        return limiter.enabled() ? Optional.of(limiter.acquire(api + ":" + identity)) : Optional.empty();
    }

    /** The headers an Atlas success carries for a decision. */
    public static Map<String, String> headers(RateLimiter.Decision decision) {
        return Map.of("RateLimit-Limit", String.valueOf(decision.limit()), "RateLimit-Remaining", String.valueOf(decision.remaining()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object decision = request.getProperty(DECISION);
        if (decision instanceof RateLimiter.Decision d && CloudApi.of(request.getUriInfo().getPath()) == CloudApi.ATLAS) {
            headers(d).forEach(response.getHeaders()::putSingle);
        }
    }
}
