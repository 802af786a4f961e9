package io.github.mongoapitoolkit.specs.check;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;

/**
 * Validates example payloads against their schemas with the same validator the tests use for
 * live responses (Atlassian's swagger-request-validator, whose {@code pattern} check follows
 * ECMA-262 search semantics as JSON Schema requires).
 */
public final class ExampleValidator {

    private final SchemaValidator validator;

    public ExampleValidator(LoadedSpec spec) {
        this.validator = new SchemaValidator(spec.model(), new MessageResolver());
    }

    /** Validation messages as {@code key: text}; empty when the example is valid. */
    public List<String> problems(SpecExample example) {
        return problems(example.value(), example.schema(), example.request());
    }

    /** Validation messages as {@code key: text} for any value against any raw schema node of the spec. */
    public List<String> problems(JsonNode value, JsonNode schemaNode, boolean request) {
        Schema<?> schema = Json.mapper().convertValue(schemaNode, Schema.class);
        ValidationReport report = validator.validate(() -> value, schema, request ? "request.body" : "response.body");
        return report.getMessages().stream()
                .map(message -> message.getKey() + ": " + message.getMessage())
                .toList();
    }
}
