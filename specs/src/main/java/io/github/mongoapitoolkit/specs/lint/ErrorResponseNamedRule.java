package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Every 4xx, 5xx and default response is a {@code $ref} to a named {@code components/responses} entry. */
final class ErrorResponseNamedRule implements LintRule {

    static final String RESPONSES_PREFIX = "#/components/responses/";

    @Override
    public String id() {
        return "toolkit-error-response-named";
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        List<Violation> violations = new ArrayList<>();
        for (SpecElements.Element response : SpecElements.errorResponses(spec)) {
            if (!response.node().path("$ref").asText("").startsWith(RESPONSES_PREFIX)) {
                violations.add(new Violation(response.pointer(), "the response is inline"));
            }
        }
        return violations;
    }
}
