package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** IPA-121: a date-time property or parameter says in its description that it is ISO 8601. */
final class DateTimeMentionsIso8601Rule implements LintRule {

    @Override
    public String id() {
        return "xgen-IPA-121-date-time-fields-mention-iso-8601";
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        List<Violation> violations = new ArrayList<>();
        for (SpecElements.Element property : SpecElements.properties(spec)) {
            check(property.pointer(), property.node(), property.node(), violations);
        }
        for (SpecElements.Element parameter : SpecElements.parameters(spec)) {
            check(parameter.pointer(), parameter.node(), parameter.node().path("schema"), violations);
        }
        return violations;
    }

    private static void check(String pointer, JsonNode described, JsonNode schema, List<Violation> violations) {
        if ("date-time".equals(schema.path("format").asText()) && !described.path("description").asText("").contains("ISO 8601")) {
            violations.add(new Violation(pointer, "a date-time field whose description does not mention ISO 8601"));
        }
    }
}
