package io.github.mongoapitoolkit.stubs.pipeline.checks;

import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import io.github.mongoapitoolkit.stubs.pipeline.Route;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** Ends a request that matched no operation of the specs: 405 with {@code Allow} for a known path, 404 otherwise. */
public final class DeclaredOperation implements Admission {

    @Override
    public Optional<Response> check(Exchange exchange) {
        Route route = exchange.route();
        if (route.isMatched()) {
            return Optional.empty();
        }
        String path = exchange.target().path();
        return Optional.of(route.allow() != null ? exchange.api().methodNotAllowed(path, route.allow()) : exchange.api().notFound(path));
    }
}
