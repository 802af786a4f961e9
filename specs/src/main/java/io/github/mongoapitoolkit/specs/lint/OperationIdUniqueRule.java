package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** operationIds are unique: generated clients name their methods after them. */
final class OperationIdUniqueRule implements LintRule {

    @Override
    public String id() {
        return "toolkit-operation-id-unique";
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        Map<String, String> first = new HashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (SpecElements.Operation op : SpecElements.operations(spec)) {
            String id = op.node().path("operationId").asText("");
            if (id.isEmpty()) {
                continue;
            }
            String earlier = first.putIfAbsent(id, op.method().toUpperCase() + " " + op.path());
            if (earlier != null) {
                violations.add(new Violation(op.pointer() + "/operationId", "'" + id + "' is also the operationId of " + earlier));
            }
        }
        return violations;
    }
}
