package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mongoapitoolkit.specs.check.DefinitionWalker;
import java.util.ArrayList;
import java.util.List;

/**
 * No schema closes itself with {@code additionalProperties: false}: newer servers add fields,
 * and a closed schema turns every addition into a breaking change for clients.
 */
final class NoClosedSchemaRule implements LintRule {

    @Override
    public String id() {
        return "toolkit-no-additional-properties-false";
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        List<Violation> violations = new ArrayList<>();
        DefinitionWalker.forEachObject(spec, (pointer, node) -> {
            if (node.path("additionalProperties").isBoolean() && !node.get("additionalProperties").asBoolean()) {
                violations.add(new Violation(pointer, "the schema sets additionalProperties: false"));
            }
        });
        return violations;
    }
}
