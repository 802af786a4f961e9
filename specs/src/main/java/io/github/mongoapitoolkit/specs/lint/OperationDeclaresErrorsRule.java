package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Every operation declares a 4xx and a 5xx response ({@code default} counts as either). */
final class OperationDeclaresErrorsRule implements LintRule {

    @Override
    public String id() {
        return "toolkit-operation-declares-errors";
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        List<Violation> violations = new ArrayList<>();
        for (SpecElements.Operation op : SpecElements.operations(spec)) {
            boolean clientError = false;
            boolean serverError = false;
            for (Iterator<String> it = op.node().path("responses").fieldNames(); it.hasNext(); ) {
                String status = it.next();
                clientError |= status.startsWith("4") || status.equals("default");
                serverError |= status.startsWith("5") || status.equals("default");
            }
            if (!clientError || !serverError) {
                violations.add(new Violation(op.pointer() + "/responses",
                        "declares no " + (clientError ? "5xx or default" : "4xx") + " response"));
            }
        }
        return violations;
    }
}
