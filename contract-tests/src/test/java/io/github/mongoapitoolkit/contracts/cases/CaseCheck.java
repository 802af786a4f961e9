package io.github.mongoapitoolkit.contracts.cases;

import io.github.mongoapitoolkit.conformance.ConformanceCheck;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.mongoapitoolkit.conformance.ApiSpec;
import io.github.mongoapitoolkit.conformance.ObservedRequest;
import io.github.mongoapitoolkit.conformance.ObservedResponse;
import io.github.mongoapitoolkit.conformance.Violation;
import io.github.mongoapitoolkit.conformance.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one case against its spec: the value against the named schema (as a request body when a
 * request refers to the schema), a {@code ProgressResponse} also against the state rules, and a
 * case standing for a response as that whole response of its operation.
 */
final class CaseCheck {

    private CaseCheck() {
    }

    static List<Violation> problems(ConformanceCase c) {
        ApiSpec spec = c.api().spec();
        List<Violation> problems = new ArrayList<>(c.api().conformance().checkValue(spec.api(), c.schema(), c.value(),
                requestSchemas(spec).contains(c.schema())));
        c.response().ifPresent(ref -> problems.addAll(responseProblems(spec, ref, c.value())));
        return problems;
    }

    private static List<Violation> responseProblems(ApiSpec spec, ConformanceCase.ResponseRef ref, JsonNode body) {
        ApiSpec.Operation operation = spec.operation(ref.operationId());
        if (!operation.statuses().contains(ref.status())) {
            return List.of(new Violation("validation.response.status.unknown", java.util.Optional.of(ref.operationId()),
                    java.util.Optional.empty(), ref.operationId() + " declares no " + ref.status()));
        }
        // "default" stands for any status the operation does not list; 599 is one no operation lists.
        int status = ref.status().equals("default") ? 599 : Integer.parseInt(ref.status());
        String path = operation.pathTemplate().replaceAll("\\{[^}]+}", "5e2211c17a3e5a48f5497de3");
        return ConformanceCheck.of(spec.api()).check(ObservedRequest.of(operation.method(), path), ObservedResponse.of(status,
                Map.of("Content-Type", List.of(spec.mediaType(ref.operationId(), ref.status()))), body.toString()));
    }

    /** Schemas a request body refers to, directly or through other schemas. */
    static Set<String> requestSchemas(ApiSpec spec) {
        Set<String> found = new HashSet<>();
        List<JsonNode> pending = new ArrayList<>();
        spec.tree().path("paths").forEach(item -> item.forEach(op -> pending.add(op.path("requestBody"))));
        spec.tree().path("components").path("requestBodies").forEach(pending::add);
        while (!pending.isEmpty()) {
            JsonNode node = pending.remove(pending.size() - 1);
            if (node.has("$ref")) {
                String ref = node.get("$ref").asText();
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                if (ref.startsWith("#/components/schemas/") && found.add(name)) {
                    pending.add(spec.schema(name));
                } else if (ref.startsWith("#/components/requestBodies/")) {
                    pending.add(spec.tree().at(ref.substring(1)));
                }
            }
            node.forEach(pending::add);
        }
        return found;
    }
}
