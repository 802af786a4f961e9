package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** IPA-117: a description is a sentence, so it starts with a capital letter. */
final class DescriptionStartsUpperCaseRule implements LintRule {

    @Override
    public String id() {
        return "xgen-IPA-117-description-starts-with-uppercase";
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        List<Violation> violations = new ArrayList<>();
        for (SpecElements.Element described : Describables.descriptions(spec)) {
            String text = described.node().asText().strip();
            int first = text.codePointAt(0);
            if (Character.isLetter(first) && !Character.isUpperCase(first)) {
                violations.add(new Violation(described.pointer(), "starts with '" + text.substring(0, Math.min(20, text.length())) + "'"));
            }
        }
        return violations;
    }
}
