package io.github.mongoapitoolkit.stubs.jersey;

import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;

/**
 * Hands Jersey the decision the pipeline made, so that it cannot decide differently: it matches
 * the normalised target (not the raw one), produces the negotiated media type (Atlas's dated
 * version, JSON elsewhere, whatever Accept asked), and every answer carries the headers the checks
 * added (Atlas's rate-limit headers).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 1000)
public final class ApplyExchange implements ContainerRequestFilter, ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Exchange exchange = Exchange.of(request);
        if (exchange == null) {
            return;
        }
        URI base = request.getUriInfo().getBaseUri();
        request.setRequestUri(base, base.resolve(exchange.target().normalised().substring(1)));
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, exchange.mediaType());
        if (request.hasEntity()) {
            // Read once for the request journal and handed on; BodyLimit has bounded it to 1 MiB.
            try {
                byte[] body = request.getEntityStream().readAllBytes();
                exchange.bodyRead(new String(body, java.nio.charset.StandardCharsets.UTF_8));
                request.setEntityStream(new java.io.ByteArrayInputStream(body));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Exchange exchange = Exchange.of(request);
        if (exchange != null) {
            exchange.headersFor(response.getStatus()).forEach(response.getHeaders()::putSingle);
            exchange.answered(response.getStatus());
        }
    }
}
