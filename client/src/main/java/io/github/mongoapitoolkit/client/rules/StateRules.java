package io.github.mongoapitoolkit.client.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a response body against the rules OpenAPI 3.0 cannot express, as the spec lists them
 * in its {@code x-state-rules} extension (for mongosync: IDLE fields null, lag null when
 * PAUSED, copied bytes never above the total, 0 of 1 before the copy, ...). Run it on live
 * responses as well as in tests; nothing about the rules is written in Java.
 */
public final class StateRules {

    /** One broken rule: its id from the spec, where, and what was found. */
    public record Violation(String ruleId, String pointer, String message) {
        @Override
        public String toString() {
            return ruleId + " at " + pointer + ": " + message;
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> OPERATORS = Set.of("equal", "oneOf", "present", "nullOrAbsent", "absent", "notAbove", "sameAs");

    private final JsonNode rules;

    private StateRules(JsonNode rules) {
        this.rules = rules;
        for (JsonNode rule : rules) {
            for (String part : List.of("when", "then")) {
                for (JsonNode clause : rule.path(part)) {
                    if (!OPERATORS.contains(clause.path("is").asText())) {
                        throw new IllegalArgumentException("Rule " + rule.path("id").asText() + " uses unknown operator '"
                                + clause.path("is").asText() + "'");
                    }
                }
            }
        }
    }

    /** The rules of mongosync's {@code GET /api/v1/progress}, read from the spec on the classpath. */
    public static StateRules mongosyncProgress() {
        return fromSpec(readSpec("/specs/mongosync/openapi.yaml"), "ProgressResponse");
    }

    /** The rules of one schema of a parsed spec. */
    public static StateRules fromSpec(JsonNode spec, String schemaName) {
        JsonNode rules = spec.path("components").path("schemas").path(schemaName).path("x-state-rules");
        if (!rules.isArray() || rules.isEmpty()) {
            throw new IllegalArgumentException("Schema " + schemaName + " has no x-state-rules");
        }
        return new StateRules(rules);
    }

    /** The ids of the rules, in spec order. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.path("id").asText()));
        return ids;
    }

    public List<Violation> check(String json) {
        try {
            return check(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getMessage(), e);
        }
    }

    /** Every violation of every rule whose {@code when} holds for the body. */
    public List<Violation> check(JsonNode body) {
        List<Violation> violations = new ArrayList<>();
        for (JsonNode rule : rules) {
            boolean applies = true;
            for (JsonNode condition : rule.path("when")) {
                applies &= holds(body, condition);
            }
            if (!applies) {
                continue;
            }
            for (JsonNode assertion : rule.path("then")) {
                if (!holds(body, assertion)) {
                    String pointer = assertion.path("pointer").asText();
                    violations.add(new Violation(rule.path("id").asText(), pointer, "expected " + describe(assertion)
                            + ", found " + (body.at(pointer).isMissingNode() ? "nothing" : body.at(pointer).toString())));
                }
            }
        }
        return violations;
    }

    private static boolean holds(JsonNode body, JsonNode clause) {
        JsonNode value = body.at(clause.path("pointer").asText());
        boolean nullish = value.isMissingNode() || value.isNull();
        return switch (clause.path("is").asText()) {
            case "equal" -> same(value, clause.path("value"));
            case "oneOf" -> {
                boolean any = false;
                for (JsonNode candidate : clause.path("values")) {
                    any |= candidate.isNull() ? nullish : same(value, candidate);
                }
                yield any;
            }
            case "present" -> !nullish;
            case "nullOrAbsent" -> nullish;
            case "absent" -> value.isMissingNode();
            case "notAbove" -> {
                JsonNode other = body.at(clause.path("other").asText());
                yield !value.isNumber() || !other.isNumber() || value.decimalValue().compareTo(other.decimalValue()) <= 0;
            }
            case "sameAs" -> {
                JsonNode other = body.at(clause.path("other").asText());
                yield nullish || other.isMissingNode() || other.isNull() || same(value, other);
            }
            default -> throw new IllegalStateException("unreachable");
        };
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static String describe(JsonNode clause) {
        String is = clause.path("is").asText();
        return switch (is) {
            case "equal" -> clause.path("value").toString();
            case "oneOf" -> "one of " + clause.path("values");
            case "notAbove" -> "at most " + clause.path("other").asText();
            case "sameAs" -> "the same as " + clause.path("other").asText();
            default -> is;
        };
    }

    private static JsonNode readSpec(String resource) {
        try (InputStream in = StateRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath; add mongodb-api-specs");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
