package io.github.mongoapitoolkit.stubs.pipeline.checks;

import io.github.mongoapitoolkit.stubs.cloud.RateLimiter;
import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import io.github.mongoapitoolkit.stubs.pipeline.Api;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Charges each authenticated request to its caller's bucket, one per API and identity, as Atlas
 * limits each key: Atlas answers carry {@code RateLimit-Limit} and {@code RateLimit-Remaining};
 * past the limit every API answers 429 with {@code Retry-After}.
 */
public final class RateLimit implements Admission {

    private final RateLimiter limiter;

    public RateLimit(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public Optional<Response> check(Exchange exchange) {
        if (!limiter.enabled() || exchange.identity() == null) {
            return Optional.empty();
        }
        RateLimiter.Decision decision = limiter.acquire(exchange.api() + ":" + exchange.identity());
        if (exchange.api() == Api.ATLAS) {
            exchange.responseHeaders().put("RateLimit-Limit", String.valueOf(decision.limit()));
            exchange.responseHeaders().put("RateLimit-Remaining", String.valueOf(decision.remaining()));
        }
        return decision.allowed() ? Optional.empty()
                : Optional.of(exchange.api().rateLimited(exchange.target().path(), decision.limit(), decision.retryAfterSeconds()));
    }
}
