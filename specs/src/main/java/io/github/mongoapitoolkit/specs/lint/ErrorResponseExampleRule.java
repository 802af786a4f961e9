package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Every error response an operation declares shows an example body. */
final class ErrorResponseExampleRule implements LintRule {

    @Override
    public String id() {
        return "toolkit-error-response-example";
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        List<Violation> violations = new ArrayList<>();
        for (SpecElements.Element response : SpecElements.distinctErrorResponses(spec)) {
            boolean hasExample = false;
            for (JsonNode mediaType : response.node().path("content")) {
                hasExample |= mediaType.has("example") || mediaType.path("examples").size() > 0;
            }
            if (!hasExample) {
                violations.add(new Violation(response.pointer(), "the response has no example"));
            }
        }
        return violations;
    }
}
