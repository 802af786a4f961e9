package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * IPA-117: every operation has a summary in Title Case, without a final period. Words in the
 * {@code ignoreList} option keep their casing; {@code grammaticalWords} may stay lower case
 * after the first word.
 */
final class SummaryTitleCaseRule implements LintRule {

    @Override
    public String id() {
        return "xgen-IPA-117-operation-summary-format";
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        List<String> ignored = options.strings("ignoreList");
        List<String> grammatical = options.strings("grammaticalWords");
        List<Violation> violations = new ArrayList<>();
        for (SpecElements.Operation op : SpecElements.operations(spec)) {
            String summary = op.node().path("summary").asText("").strip();
            if (summary.isEmpty()) {
                violations.add(new Violation(op.pointer(), "the operation has no summary"));
                continue;
            }
            if (summary.endsWith(".")) {
                violations.add(new Violation(op.pointer() + "/summary", "'" + summary + "' ends with a period"));
            }
            String[] words = summary.split("\\s+");
            for (int i = 0; i < words.length; i++) {
                String word = words[i].replaceAll("[.,:;()]", "");
                boolean keepsCase = ignored.contains(word) || i > 0 && grammatical.contains(word);
                if (!keepsCase && !word.isEmpty() && Character.isLetter(word.codePointAt(0)) && !Character.isUpperCase(word.codePointAt(0))) {
                    violations.add(new Violation(op.pointer() + "/summary", "'" + summary + "' is not Title Case at '" + word + "'"));
                    break;
                }
            }
        }
        return violations;
    }
}
