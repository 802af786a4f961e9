package io.github.mongoapitoolkit.stubs.pipeline;

import java.util.Map;
import java.util.Optional;

/**
 * The one routing decision about a request: the operation it matched with its path parameters, or,
 * when nothing matched, the API whose error shape answers and, for a known path, the methods it allows.
 */
public record Route(Api api, Optional<Operation> operation, Map<String, String> parameters, String allow) {

    static Route matched(Operation operation, Map<String, String> parameters) {
        return new Route(operation.api(), Optional.of(operation), parameters, null);
    }

    static Route methodNotAllowed(Api api, String allow) {
        return new Route(api, Optional.empty(), Map.of(), allow);
    }

    static Route notFound(Api api) {
        return new Route(api, Optional.empty(), Map.of(), null);
    }

    /** The route of a request whose target could not even be parsed: the API that owns the port. */
    public static Route unparsable(Api portOwner) {
        return notFound(portOwner);
    }

    public boolean isMatched() {
        return operation.isPresent();
    }

    /** The operation id, or null when nothing matched. */
    public String operationId() {
        return operation.map(Operation::operationId).orElse(null);
    }

    public String parameter(String name) {
        return parameters.get(name);
    }
}
