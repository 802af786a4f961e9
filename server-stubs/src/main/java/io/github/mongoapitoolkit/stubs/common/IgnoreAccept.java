package io.github.mongoapitoolkit.stubs.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Predicate;

/**
 * Answers JSON whatever the Accept header asks, on the APIs that do not negotiate: mongosync (a Go
 * server whose handlers never look at Accept), Ops Manager and the token endpoint, none of which
 * documents a 406. Only the Atlas Admin API negotiates, by version (AtlasVersionNegotiation).
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class IgnoreAccept implements ContainerRequestFilter {

    private final Predicate<String> appliesToPath;

    /** @param appliesToPath takes the request path without its leading slash */
    public IgnoreAccept(Predicate<String> appliesToPath) {
        this.appliesToPath = appliesToPath;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (appliesToPath.test(request.getUriInfo().getPath())) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }
}
