package io.github.mongoapitoolkit.stubs.jersey;

import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Sends a success in the Atlas version the pipeline negotiated, never as the plain JSON its
 * {@code @Produces} also lists for errors. It runs before the envelope is applied (a higher
 * priority runs first on the way out), so an enveloped error stays JSON.
 */
@Priority(Priorities.ENTITY_CODER + 1000)
public final class NegotiatedMediaType implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Exchange exchange = Exchange.of(request);
        if (exchange != null && exchange.negotiatedVersion() && response.hasEntity() && response.getStatus() / 100 == 2) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, exchange.mediaType() + ";charset=utf-8");
        }
    }
}
