package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Every error response an operation declares shows an example body. */
final class ErrorResponseExampleRule implements LintRule {

    @Override
    public String id() {
        return "toolkit-error-response-example";
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        Set<String> seen = new LinkedHashSet<>();
        List<Violation> violations = new ArrayList<>();
        for (SpecElements.Element use : SpecElements.errorResponses(spec)) {
            SpecElements.Element response = SpecElements.resolve(spec, use);
            if (!seen.add(response.pointer())) {
                continue;
            }
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
