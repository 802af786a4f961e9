package io.github.mongoapitoolkit.conformance;

import java.util.Optional;

/**
 * One way an exchange breaks its spec.
 *
 * @param rule      a stable key: swagger-request-validator's (such as
 *                  {@code validation.response.body.schema.type}), an {@code x-state-rules} id
 *                  (such as {@code MS-IDLE-NULLS}), or one of this check's own ({@link #ERROR_BODY},
 *                  {@link #NOT_JSON})
 * @param operation the spec's operationId, empty when no operation declares the request
 * @param pointer   a JSON pointer into the body, empty when the problem is not in the body
 * @param message   for people: what was found and what the spec says
 */
public record Violation(String rule, Optional<String> operation, Optional<String> pointer, String message) {

    /** The answer to a request no operation declares is not the API's error body. */
    public static final String ERROR_BODY = "undeclared-operation.error-body";
    /** A body that must be JSON is not. */
    public static final String NOT_JSON = "body-not-json";

    /** True when this is the rule a test names: a JSON Schema keyword, a full key or a state rule id. */
    public boolean is(String name) {
        return rule.equals(name) || rule.endsWith(".schema." + name);
    }

    @Override
    public String toString() {
        return "[" + rule + "]" + operation.map(op -> " " + op).orElse("") + pointer.map(p -> " at " + p).orElse("")
                + ": " + message;
    }
}
