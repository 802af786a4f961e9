package io.github.mongoapitoolkit.stubs.pipeline;

import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * One check of the admission pipeline. It reads the {@link Exchange} (never the raw path) and
 * either lets the request on, possibly recording what it established, or ends it with the answer
 * to send, in the exchange's API shape.
 */
@FunctionalInterface
public interface Admission {

    Optional<Response> check(Exchange exchange);
}
