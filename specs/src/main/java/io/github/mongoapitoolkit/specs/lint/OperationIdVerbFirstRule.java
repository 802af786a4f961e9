package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every operation has an operationId in lowerCamelCase that starts with a verb from the
 * {@code verbs} option ({@code getProgress}, {@code listCheckpoints}), as MongoDB's IPA-104 to
 * IPA-109 name their methods.
 */
final class OperationIdVerbFirstRule implements LintRule {

    @Override
    public String id() {
        return "toolkit-operation-id-verb-first";
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        List<String> verbs = options.strings("verbs");
        Pattern verbFirst = Pattern.compile("(" + String.join("|", verbs) + ")([A-Z][A-Za-z0-9]*)?");
        List<Violation> violations = new ArrayList<>();
        for (SpecElements.Operation op : SpecElements.operations(spec)) {
            String id = op.node().path("operationId").asText("");
            if (id.isEmpty()) {
                violations.add(new Violation(op.pointer(), "the operation has no operationId"));
            } else if (!verbFirst.matcher(id).matches()) {
                violations.add(new Violation(op.pointer() + "/operationId", "'" + id + "' does not start with one of " + verbs));
            }
        }
        return violations;
    }
}
