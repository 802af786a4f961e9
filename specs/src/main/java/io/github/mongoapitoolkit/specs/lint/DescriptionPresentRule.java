package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** IPA-117: operations, parameters and properties say what they are. */
final class DescriptionPresentRule implements LintRule {

    @Override
    public String id() {
        return "xgen-IPA-117-description";
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        List<Violation> violations = new ArrayList<>();
        if (spec.path("info").path("description").asText("").isBlank()) {
            violations.add(new Violation("/info", "the info object has no description"));
        }
        SpecElements.operations(spec).forEach(op -> missing(op.pointer(), op.node(), "operation", violations));
        SpecElements.parameters(spec).forEach(p -> missing(p.pointer(), p.node(), "parameter", violations));
        SpecElements.properties(spec).forEach(p -> missing(p.pointer(), p.node(), "property", violations));
        return violations;
    }

    private static void missing(String pointer, JsonNode node, String what, List<Violation> violations) {
        if (node.path("description").asText("").isBlank()) {
            violations.add(new Violation(pointer, "the " + what + " has no description"));
        }
    }
}
