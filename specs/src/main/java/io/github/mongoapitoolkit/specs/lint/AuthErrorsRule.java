package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** IPA-114: an authenticated operation declares 401 and 403. */
final class AuthErrorsRule implements LintRule {

    @Override
    public String id() {
        return "xgen-IPA-114-authenticated-endpoints-have-auth-errors";
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        boolean globallySecured = hasSecurity(spec.path("security"));
        List<Violation> violations = new ArrayList<>();
        for (SpecElements.Operation op : SpecElements.operations(spec)) {
            boolean secured = op.node().has("security") ? hasSecurity(op.node().get("security")) : globallySecured;
            if (!secured) {
                continue;
            }
            for (String status : List.of("401", "403")) {
                if (!op.node().path("responses").has(status)) {
                    violations.add(new Violation(op.pointer() + "/responses", "is authenticated but does not declare " + status));
                }
            }
        }
        return violations;
    }

    private static boolean hasSecurity(JsonNode security) {
        for (JsonNode requirement : security) {
            if (requirement.size() > 0) {
                return true;
            }
        }
        return false;
    }
}
