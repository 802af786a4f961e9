package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A path parameter named {@code ...Id} is a named {@code components/parameters} entry whose
 * schema is the ObjectId pattern ({@code objectIdPattern} option), with an example: ids are
 * declared once and reused, never retyped.
 */
final class IdParameterObjectIdRule implements LintRule {

    private static final String PARAMETERS_PREFIX = "#/components/parameters/";

    @Override
    public String id() {
        return "toolkit-id-parameter-object-id";
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        String objectId = options.string("objectIdPattern", "^([a-f0-9]{24})$");
        List<Violation> violations = new ArrayList<>();
        for (SpecElements.Element use : SpecElements.parameterUses(spec)) {
            SpecElements.Element parameter = SpecElements.resolve(spec, use);
            if (!"path".equals(parameter.node().path("in").asText()) || !parameter.node().path("name").asText().endsWith("Id")) {
                continue;
            }
            String name = parameter.node().path("name").asText();
            if (!use.node().path("$ref").asText("").startsWith(PARAMETERS_PREFIX)) {
                violations.add(new Violation(use.pointer(), name + " is inline; declare it under components/parameters and $ref it"));
                continue;
            }
            JsonNode schema = SpecElements.resolve(spec, new SpecElements.Element(parameter.pointer() + "/schema", parameter.node().path("schema"))).node();
            if (!objectId.equals(schema.path("pattern").asText())) {
                violations.add(new Violation(parameter.pointer(), name + " does not have the ObjectId pattern " + objectId));
            }
            if (!parameter.node().has("example") && !parameter.node().has("examples") && !schema.has("example")) {
                violations.add(new Violation(parameter.pointer(), name + " has no example"));
            }
        }
        return violations.stream().distinct().toList();
    }
}
