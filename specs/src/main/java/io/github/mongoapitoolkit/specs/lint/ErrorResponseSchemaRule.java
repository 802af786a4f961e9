package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * IPA-114, generalised to the three APIs: every error response's body is the API's own error
 * schema. The schema is {@code ApiError} (Atlas, Ops Manager) unless the spec names another with
 * a root {@code x-error-schema} (mongosync's {@code ErrorResponse}).
 */
final class ErrorResponseSchemaRule implements LintRule {

    @Override
    public String id() {
        return "xgen-IPA-114-error-responses-refer-to-api-error";
    }

    @Override
    public List<Violation> check(JsonNode spec, RuleOptions options) {
        String expected = "#/components/schemas/" + spec.path("x-error-schema").asText(options.string("defaultErrorSchema", "ApiError"));
        List<Violation> violations = new ArrayList<>();
        for (SpecElements.Element response : SpecElements.distinctErrorResponses(spec)) {
            if (!response.node().path("content").isObject() || response.node().path("content").isEmpty()) {
                violations.add(new Violation(response.pointer(), "the response has no body; expected " + expected));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = response.node().path("content").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> mediaType = it.next();
                String ref = mediaType.getValue().path("schema").path("$ref").asText("");
                if (!ref.equals(expected)) {
                    violations.add(new Violation(response.pointer(), mediaType.getKey() + " body is "
                            + (ref.isEmpty() ? "an inline schema" : ref) + ", not " + expected));
                }
            }
        }
        return violations;
    }
}
