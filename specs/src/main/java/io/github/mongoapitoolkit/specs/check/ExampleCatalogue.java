package io.github.mongoapitoolkit.specs.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every example of a spec together with the schema it must satisfy: media type, parameter
 * and header examples (inline or {@code $ref} to {@code components/examples}) and schema-level
 * {@code example} values.
 */
public final class ExampleCatalogue {

    private static final String EXAMPLES_PREFIX = "#/components/examples/";
    private static final Set<String> SCHEMA_KEYWORDS = Set.of("type", "properties", "items", "enum", "$ref", "allOf", "oneOf", "anyOf");

    private final List<SpecExample> examples = new ArrayList<>();
    private final Set<String> referencedComponentExamples = new LinkedHashSet<>();

    private ExampleCatalogue(JsonNode tree) {
        DefinitionWalker.forEachObject(tree, (pointer, node) -> collect(tree, pointer, node));
    }

    public static ExampleCatalogue of(LoadedSpec spec) {
        return new ExampleCatalogue(spec.tree());
    }

    public List<SpecExample> examples() {
        return examples;
    }

    /** Names under {@code components/examples} that no media type, parameter or header uses. */
    public List<String> unusedComponentExamples(LoadedSpec spec) {
        List<String> unused = new ArrayList<>();
        spec.tree().path("components").path("examples").fieldNames().forEachRemaining(name -> {
            if (!referencedComponentExamples.contains(name)) {
                unused.add(name);
            }
        });
        return unused;
    }

    private void collect(JsonNode tree, String pointer, JsonNode node) {
        boolean request = pointer.contains("/requestBody") || pointer.contains("/parameters");
        if (node.has("schema")) {
            JsonNode schema = node.get("schema");
            if (node.has("example")) {
                examples.add(new SpecExample(pointer, pointer + "/example", node.get("example"), schema, request));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.path("examples").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String usedAt = pointer + "/examples/" + JsonPointers.escape(entry.getKey());
                addNamedExample(tree, usedAt, entry.getValue(), schema, request);
            }
        } else if (node.has("example") && looksLikeSchema(node)) {
            examples.add(new SpecExample(pointer, pointer + "/example", node.get("example"), node, request));
        }
    }

    private void addNamedExample(JsonNode tree, String usedAt, JsonNode example, JsonNode schema, boolean request) {
        String ref = example.path("$ref").asText("");
        if (ref.startsWith(EXAMPLES_PREFIX)) {
            String name = ref.substring(EXAMPLES_PREFIX.length());
            referencedComponentExamples.add(name);
            String definedAt = "/components/examples/" + JsonPointers.escape(name) + "/value";
            examples.add(new SpecExample(usedAt, definedAt, tree.at(definedAt), schema, request));
        } else {
            examples.add(new SpecExample(usedAt, usedAt + "/value", example.path("value"), schema, request));
        }
    }

    private static boolean looksLikeSchema(JsonNode node) {
        for (String keyword : SCHEMA_KEYWORDS) {
            if (node.has(keyword)) {
                return true;
            }
        }
        return false;
    }
}
