package io.github.mongoapitoolkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a response body along its schema for what the schema does not know: a property in an
 * object that declares its properties, a value an enum does not list. A schema's
 * {@code allOf}, {@code oneOf} and {@code anyOf} members are read together, so a property any
 * member declares is known. Array elements repeat their findings: each is reported once, at the
 * first element that has it.
 */
final class SchemaDrift {

    private static final int MAX_DEPTH = 64;

    /** A schema node and where it is in the spec, as a JSON pointer after {@code #}. */
    private record Located(JsonNode node, String location) {
    }

    private final ApiSpec spec;
    private final String operationId;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    private SchemaDrift(ApiSpec spec, String operationId) {
        this.spec = spec;
        this.operationId = operationId;
    }

    /** Drift of a body against a schema found at {@code location} in the spec. */
    static List<Finding> of(ApiSpec spec, String operationId, JsonNode body, JsonNode schema, String location) {
        SchemaDrift walk = new SchemaDrift(spec, operationId);
        walk.walk(body, new Located(schema, location), "", 0);
        return walk.findings;
    }

    private void walk(JsonNode value, Located schema, String pointer, int depth) {
        if (value == null || value.isNull() || depth > MAX_DEPTH) {
            return;
        }
        List<Located> members = members(resolve(schema), 0);
        if (value.isValueNode()) {
            enumDrift(value, members, pointer);
        } else if (value.isObject()) {
            objectDrift(value, members, pointer, depth);
        } else if (value.isArray()) {
            members.stream().filter(m -> m.node().has("items")).findFirst().ifPresent(m -> {
                Located items = new Located(m.node().get("items"), m.location() + "/items");
                for (int i = 0; i < value.size(); i++) {
                    walk(value.get(i), items, pointer + "/" + i, depth + 1);
                }
            });
        }
    }

    private void enumDrift(JsonNode value, List<Located> members, String pointer) {
        List<Located> enums = members.stream().filter(m -> m.node().path("enum").isArray()).toList();
        if (enums.isEmpty()) {
            return;
        }
        for (Located e : enums) {
            for (JsonNode listed : e.node().get("enum")) {
                if (!listed.isNull() && listed.asText().equals(value.asText())) {
                    return;
                }
            }
        }
        Located owner = enums.get(0);
        report(Finding.DRIFT_ENUM_VALUE, pointer, value,
                "the value " + value + " is not one of the enum's " + owner.node().get("enum"),
                new Finding.Suggestion("#" + owner.location() + "/enum", "- " + value + "\n"));
    }

    private void objectDrift(JsonNode value, List<Located> members, String pointer, int depth) {
        Map<String, Located> properties = new LinkedHashMap<>();
        boolean declaresProperties = false;
        Optional<Located> additional = Optional.empty();
        boolean anyAdditional = false;
        for (Located member : members) {
            JsonNode node = member.node();
            if (node.has("properties")) {
                declaresProperties = true;
                node.get("properties").fields().forEachRemaining(p -> properties.putIfAbsent(p.getKey(),
                        new Located(p.getValue(), member.location() + "/properties/" + escape(p.getKey()))));
            }
            JsonNode extra = node.path("additionalProperties");
            if (extra.isObject()) {
                additional = Optional.of(new Located(extra, member.location() + "/additionalProperties"));
            } else if (extra.isBoolean()) {
                // true: anything goes; false: the validator already calls an extra a violation.
                anyAdditional = true;
            }
        }
        Located owner = members.stream().filter(m -> m.node().has("properties")).findFirst().orElse(members.get(0));
        var fields = value.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String child = pointer + "/" + escape(field.getKey());
            Located declared = properties.get(field.getKey());
            if (declared != null) {
                walk(field.getValue(), declared, child, depth + 1);
            } else if (additional.isPresent()) {
                walk(field.getValue(), additional.get(), child, depth + 1);
            } else if (declaresProperties && !anyAdditional) {
                report(Finding.DRIFT_PROPERTY, child, field.getValue(),
                        "the property " + field.getKey() + " is not in the schema",
                        new Finding.Suggestion("#" + owner.location() + "/properties",
                                SpecFragments.property(field.getKey(), field.getValue(), operationId)));
            }
        }
    }

    private void report(String rule, String pointer, JsonNode value, String message, Finding.Suggestion suggestion) {
        String where = rule + " " + pointer.replaceAll("/\\d+(?=/|$)", "/*");
        if (reported.add(where)) {
            JsonNode shown = Redaction.isSecretPointer(pointer) ? Redaction.REDACTED : Redaction.value(value);
            findings.add(new Finding(Finding.Kind.DRIFT, rule, Optional.of(operationId), Optional.of(pointer), Optional.of(shown),
                    message, Optional.of(suggestion)));
        }
    }

    private Located resolve(Located schema) {
        Located current = schema;
        for (int hops = 0; current.node().has("$ref") && hops < MAX_DEPTH; hops++) {
            String ref = current.node().get("$ref").asText();
            current = new Located(spec.tree().at(ref.substring(1)), ref.substring(1));
        }
        return current;
    }

    /** The schema and its composition members, each resolved. */
    private List<Located> members(Located schema, int depth) {
        List<Located> all = new ArrayList<>(List.of(schema));
        if (depth > 8) {
            return all;
        }
        for (String keyword : List.of("allOf", "oneOf", "anyOf")) {
            JsonNode list = schema.node().path(keyword);
            for (int i = 0; i < list.size(); i++) {
                all.addAll(members(resolve(new Located(list.get(i), schema.location() + "/" + keyword + "/" + i)), depth + 1));
            }
        }
        return all;
    }

    /** A JSON pointer segment (RFC 6901): {@code ~} and {@code /} escaped. */
    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
