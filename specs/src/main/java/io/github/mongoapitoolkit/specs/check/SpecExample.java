package io.github.mongoapitoolkit.specs.check;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One example of a spec and the schema it must satisfy.
 *
 * @param usedAt pointer of the place that shows the example (a media type, parameter, header or schema)
 * @param definedAt pointer of the example's value, which differs from {@code usedAt} for a {@code $ref}
 * @param value the example payload
 * @param schema the raw schema node the payload must satisfy
 * @param request whether the example is sent by a client (request bodies and parameters)
 */
public record SpecExample(String usedAt, String definedAt, JsonNode value, JsonNode schema, boolean request) {

    /** A readable name for test reports. */
    public String displayName() {
        return usedAt.equals(definedAt) ? usedAt : usedAt + " (" + definedAt + ")";
    }

    @Override
    public String toString() {
        return displayName();
    }
}
