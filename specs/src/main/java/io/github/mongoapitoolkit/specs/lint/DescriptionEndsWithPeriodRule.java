package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** IPA-117: a description ends with a full stop (a Markdown table, ending in '|', is let through as IPA does). */
final class DescriptionEndsWithPeriodRule implements LintRule {

    @Override
    public String id() {
        return "xgen-IPA-117-description-ends-with-period";
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        List<Violation> violations = new ArrayList<>();
        for (SpecElements.Element described : Describables.descriptions(spec)) {
            String text = described.node().asText().strip();
            if (!text.endsWith(".") && !text.endsWith("|")) {
                violations.add(new Violation(described.pointer(), "ends with '" + text.substring(Math.max(0, text.length() - 20)) + "'"));
            }
        }
        return violations;
    }
}
