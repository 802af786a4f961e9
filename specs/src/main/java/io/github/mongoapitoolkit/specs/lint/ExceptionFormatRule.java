package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IPA-005: an exception names a rule of the ruleset and gives a reason written as a sentence.
 * It widens IPA-005 in one way: the project's own {@code toolkit-} rules can be excepted with
 * the same extension. This rule itself cannot be excepted.
 */
final class ExceptionFormatRule implements LintRule {

    static final String ID = "xgen-IPA-005-exception-extension-format";

    private final Set<String> ruleIds;

    ExceptionFormatRule(Set<String> ruleIds) {
        this.ruleIds = ruleIds;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        List<Violation> violations = new ArrayList<>();
        LintExceptions.forEach(spec, (pointer, exceptions) -> {
            if (!exceptions.isObject()) {
                violations.add(new Violation(pointer, "must map rule ids to reasons"));
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = exceptions.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> exception = it.next();
                String rule = exception.getKey();
                String reason = exception.getValue().asText("").strip();
                if (rule.equals(ID) || !ruleIds.contains(rule)) {
                    violations.add(new Violation(pointer, "'" + rule + "' is not a rule that can be excepted"));
                } else if (!exception.getValue().isTextual() || reason.isEmpty()
                        || !Character.isUpperCase(reason.codePointAt(0)) || !reason.endsWith(".")) {
                    violations.add(new Violation(pointer, "the reason for '" + rule + "' must be a sentence: a capital letter to a full stop"));
                }
            }
        });
        return violations;
    }
}
