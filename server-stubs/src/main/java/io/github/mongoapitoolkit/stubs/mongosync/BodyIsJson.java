package io.github.mongoapitoolkit.stubs.mongosync;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Reads every command body as JSON, whatever its Content-Type, as mongosync does: the
 * documentation's own {@code curl -XPOST --data '{...}'} sends
 * {@code application/x-www-form-urlencoded}.
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class BodyIsJson implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getMethod().equals("POST")) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
