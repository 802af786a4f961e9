package io.github.mongoapitoolkit.testing.pact;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.conformance.ApiSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * A Pact JSON body of one spec schema, each property matched as the spec declares it. Made by
 * {@link SpecMatchers#body}; {@link #pact()} hands Pact the body.
 */
public final class SpecBody {

    /** ISO 8601 as the specs' {@code date-time} strings are written, with or without fractions. */
    static final String DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiSpec spec;
    private final JsonNode schema;
    private final String where;
    private final PactDslJsonBody body;

    SpecBody(ApiSpec spec, String schemaName) {
        this(spec, spec.resolve(spec.schema(schemaName)), schemaName, new PactDslJsonBody());
    }

    private SpecBody(ApiSpec spec, JsonNode schema, String where, PactDslJsonBody body) {
        this.spec = spec;
        this.schema = schema;
        this.where = where;
        this.body = body;
    }

    /**
     * The property matched by what the spec says of it, with {@code example} as the value the
     * mock server sends: a pattern or an enum by regex, other strings, numbers and booleans by
     * type, {@code null} as null (only where the spec says nullable).
     */
    public SpecBody like(String property, Object example) {
        JsonNode declared = declared(property);
        JsonNode value = checked(property, declared, example);
        if (value.isNull()) {
            body.nullValue(property);
        } else if (declared.has("pattern")) {
            body.stringMatcher(property, declared.get("pattern").asText(), value.asText());
        } else if (declared.has("enum")) {
            body.stringMatcher(property, spec.enumPattern(declared), value.asText());
        } else if ("date-time".equals(declared.path("format").asText())) {
            body.stringMatcher(property, DATE_TIME, value.asText());
        } else if (value.isTextual()) {
            body.stringType(property, value.asText());
        } else if (value.isIntegralNumber()) {
            body.integerType(property, value.asLong());
        } else if (value.isNumber()) {
            body.decimalType(property, new BigDecimal(value.asText()));
        } else if (value.isBoolean()) {
            body.booleanType(property, value.asBoolean());
        } else {
            throw new IllegalArgumentException(where + "." + property + ": use object(...) or eachLike(...) for " + value);
        }
        return this;
    }

    /** The property with exactly this value (a state, a flag the test depends on), checked against the spec. */
    public SpecBody exactly(String property, Object value) {
        JsonNode checked = checked(property, declared(property), value);
        if (checked.isNull()) {
            body.nullValue(property);
        } else if (checked.isTextual()) {
            body.stringValue(property, checked.asText());
        } else if (checked.isBoolean()) {
            body.booleanValue(property, checked.asBoolean());
        } else if (checked.isNumber()) {
            body.numberValue(property, checked.numberValue());
        } else {
            throw new IllegalArgumentException(where + "." + property + ": use object(...) or eachLike(...) for " + checked);
        }
        return this;
    }

    /** An array property with at least one item like {@code example}, each matched by the items' schema. */
    public SpecBody eachLike(String property, Object example) {
        JsonNode declared = declared(property);
        JsonNode items = spec.resolve(declared.path("items"));
        if (!"array".equals(declared.path("type").asText())) {
            throw new IllegalArgumentException(where + "." + property + " is not an array in the spec");
        }
        JsonNode value = checked(property, declared, List.of(example)).get(0);
        PactDslJsonRootValue item;
        if (items.has("pattern")) {
            item = PactDslJsonRootValue.stringMatcher(items.get("pattern").asText(), value.asText());
        } else if (items.has("enum")) {
            item = PactDslJsonRootValue.stringMatcher(spec.enumPattern(items), value.asText());
        } else if (value.isTextual()) {
            item = PactDslJsonRootValue.stringType(value.asText());
        } else if (value.isIntegralNumber()) {
            item = PactDslJsonRootValue.integerType(value.asLong());
        } else {
            throw new IllegalArgumentException(where + "." + property + ": items of this kind need eachLike(property, Consumer)");
        }
        body.eachLike(property, item, 1);
        return this;
    }

    /** An object property, its own properties matched by its schema. */
    public SpecBody object(String property, Consumer<SpecBody> properties) {
        JsonNode declared = declared(property);
        if (!declared.has("properties")) {
            throw new IllegalArgumentException(where + "." + property + " is not an object with properties in the spec");
        }
        PactDslJsonBody child = body.object(property);
        properties.accept(new SpecBody(spec, declared, where + "." + property, child));
        child.closeObject();
        return this;
    }

    /** The body for Pact's {@code .body(...)}. */
    public DslPart pact() {
        return body;
    }

    private JsonNode declared(String property) {
        JsonNode declared = schema.path("properties").path(property);
        if (declared.isMissingNode()) {
            throw new IllegalArgumentException(where + " has no property " + property + " in " + spec.api().specName());
        }
        return declared.has("$ref") && declared.size() == 1 ? spec.resolve(declared) : mergedRef(declared);
    }

    /** A property written as {@code allOf: [$ref]} with {@code nullable} beside it reads as the one schema. */
    private JsonNode mergedRef(JsonNode declared) {
        JsonNode allOf = declared.path("allOf");
        if (allOf.isArray() && allOf.size() == 1) {
            com.fasterxml.jackson.databind.node.ObjectNode merged = spec.resolve(allOf.get(0)).deepCopy();
            declared.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("allOf")) {
                    merged.set(field.getKey(), field.getValue());
                }
            });
            return merged;
        }
        return spec.resolve(declared);
    }

    private JsonNode checked(String property, JsonNode declared, Object example) {
        JsonNode value = JSON.valueToTree(example);
        List<String> problems = spec.schemaValidator().problems(value, declared, false);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(where + "." + property + " = " + value + " breaks " + spec.api().specName() + ": " + problems);
        }
        return value;
    }
}
