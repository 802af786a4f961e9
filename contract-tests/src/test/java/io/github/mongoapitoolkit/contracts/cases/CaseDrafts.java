package io.github.mongoapitoolkit.contracts.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mongoapitoolkit.conformance.Violation;
import io.github.mongoapitoolkit.contracts.ApiContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Ready case files for what {@link CaseCompletenessTest} finds missing, written under
 * {@code target/missing-cases/} in the layout of {@code src/test/resources/cases/}: each is an
 * existing valid case of the schema with the one change the missing case needs, and an invalid
 * one names the rule the published check finds it breaking. Review, then copy them over.
 */
final class CaseDrafts {

    static final Path ROOT = Path.of("target", "missing-cases");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseDrafts() {
    }

    /** Writes the draft; empty when there is no valid case of the schema to start from. */
    static Optional<Path> write(ApiContract api, String schema, Optional<JsonNode> base, boolean valid, String behaviour,
            UnaryOperator<JsonNode> change) {
        if (base.isEmpty()) {
            return Optional.empty();
        }
        JsonNode value = change.apply(base.get().deepCopy());
        ObjectNode file = JSON.createObjectNode();
        file.set("value", value);
        if (!valid) {
            List<Violation> violations = api.conformance().checkValue(api.mongoApi(), schema, value,
                    CaseCheck.requestSchemas(api.spec()).contains(schema));
            file.put("breaks", violations.isEmpty() ? "<the draft breaks nothing: change it so that it does>"
                    : keyword(violations.get(0).rule()));
        }
        Path path = ROOT.resolve(api.provider()).resolve(schema).resolve(valid ? "valid" : "invalid")
                .resolve(behaviour.replaceAll("[^A-Za-z0-9.-]+", "-") + ".json");
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.toPrettyString() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(path);
    }

    /** A case names a JSON Schema keyword (pattern, enum, type...) or a state rule id. */
    private static String keyword(String rule) {
        int schema = rule.lastIndexOf(".schema.");
        return schema < 0 ? rule : rule.substring(schema + ".schema.".length());
    }

    static UnaryOperator<JsonNode> set(String property, JsonNode to) {
        return value -> ((ObjectNode) value).set(property, to);
    }

    static UnaryOperator<JsonNode> remove(String property) {
        return value -> {
            ((ObjectNode) value).remove(property);
            return value;
        };
    }
}
