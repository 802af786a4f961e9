package io.github.mongoapitoolkit.stubs.pipeline;

import java.util.Optional;

/**
 * One hot GET answered without Jersey, once the pipeline has admitted it. A route answers only the
 * plain success of its operation (no query, no body) and returns empty for everything else, without
 * side effects, so that Jersey answers it as if the route were not there.
 */
public interface FastRoute {

    /** The operation this route answers. */
    String operationId();

    Optional<Answer> answer(Exchange exchange);
}
