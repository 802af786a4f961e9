package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mongoapitoolkit.specs.check.DefinitionWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** IPA-123: string enum values are UPPER_SNAKE_CASE. */
final class EnumUpperSnakeCaseRule implements LintRule {

    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z0-9]+(_[A-Z0-9]+)*");

    @Override
    public String id() {
        return "xgen-IPA-123-enum-values-must-be-upper-snake-case";
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        List<Violation> violations = new ArrayList<>();
        DefinitionWalker.forEachObject(spec, (pointer, node) -> {
            for (JsonNode value : node.path("enum")) {
                if (value.isTextual() && !UPPER_SNAKE.matcher(value.asText()).matches()) {
                    violations.add(new Violation(pointer, "enum value '" + value.asText() + "' is not UPPER_SNAKE_CASE"));
                }
            }
        });
        return violations;
    }
}
