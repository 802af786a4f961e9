package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mongoapitoolkit.specs.check.DefinitionWalker;
import io.github.mongoapitoolkit.specs.check.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The elements of a spec the rules look at, each with its JSON pointer. */
final class SpecElements {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** An element of the raw tree and where it is. */
    record Element(String pointer, JsonNode node) {
    }

    /** An operation, with the path and method it is declared under. */
    record Operation(String pointer, String path, String method, JsonNode node) {
    }

    private SpecElements() {
    }

    static List<Operation> operations(JsonNode spec) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(new Operation("/paths/" + JsonPointers.escape(path.getKey()) + "/" + op.getKey(),
                            path.getKey(), op.getKey(), op.getValue()));
                }
            }
        }
        return operations;
    }

    /** Parameters written out in full: under components, on path items and on operations ({@code $ref}s skipped). */
    static List<Element> parameters(JsonNode spec) {
        List<Element> parameters = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("components").path("parameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> parameter = it.next();
            parameters.add(new Element("/components/parameters/" + JsonPointers.escape(parameter.getKey()), parameter.getValue()));
        }
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String pathPointer = "/paths/" + JsonPointers.escape(path.getKey());
            inline(pathPointer + "/parameters", path.getValue().path("parameters"), parameters);
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    inline(pathPointer + "/" + op.getKey() + "/parameters", op.getValue().path("parameters"), parameters);
                }
            }
        }
        return parameters;
    }

    /** Parameters as operations use them, {@code $ref}s included. */
    static List<Element> parameterUses(JsonNode spec) {
        List<Element> uses = new ArrayList<>();
        for (Operation operation : operations(spec)) {
            JsonNode list = operation.node().path("parameters");
            for (int i = 0; i < list.size(); i++) {
                uses.add(new Element(operation.pointer() + "/parameters/" + i, list.get(i)));
            }
        }
        return uses;
    }

    /** Every schema property, in components and inline in operations, except bare {@code $ref}s. */
    static List<Element> properties(JsonNode spec) {
        List<Element> properties = new ArrayList<>();
        DefinitionWalker.forEachObject(spec, (pointer, node) -> {
            if (node.path("properties").isObject() && !pointer.endsWith("/properties")) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.get("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    if (!isBareRef(property.getValue())) {
                        properties.add(new Element(pointer + "/properties/" + JsonPointers.escape(property.getKey()), property.getValue()));
                    }
                }
            }
        });
        return properties;
    }

    /** The named schemas under {@code components/schemas}. */
    static List<Element> schemas(JsonNode spec) {
        List<Element> schemas = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("components").path("schemas").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = it.next();
            schemas.add(new Element("/components/schemas/" + JsonPointers.escape(schema.getKey()), schema.getValue()));
        }
        return schemas;
    }

    /** Every 4xx, 5xx and default response of every operation, as written there. */
    static List<Element> errorResponses(JsonNode spec) {
        List<Element> responses = new ArrayList<>();
        for (Operation operation : operations(spec)) {
            for (Iterator<Map.Entry<String, JsonNode>> it = operation.node().path("responses").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> response = it.next();
                if (isError(response.getKey())) {
                    responses.add(new Element(operation.pointer() + "/responses/" + response.getKey(), response.getValue()));
                }
            }
        }
        return responses;
    }

    /** The error responses operations use, each once, resolved to where they are defined. */
    static List<Element> distinctErrorResponses(JsonNode spec) {
        Map<String, Element> distinct = new java.util.LinkedHashMap<>();
        for (Element use : errorResponses(spec)) {
            Element response = resolve(spec, use);
            distinct.putIfAbsent(response.pointer(), response);
        }
        return List.copyOf(distinct.values());
    }

    static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5") || status.equals("default");
    }

    /** Follows a local {@code $ref} ({@code #/...}); returns the node itself when it is not one. */
    static Element resolve(JsonNode spec, Element element) {
        String ref = element.node().path("$ref").asText("");
        if (ref.startsWith("#/")) {
            return new Element(ref.substring(1), spec.at(ref.substring(1)));
        }
        return element;
    }

    static boolean isBareRef(JsonNode node) {
        return node.has("$ref");
    }

    private static void inline(String pointer, JsonNode list, List<Element> into) {
        for (int i = 0; i < list.size(); i++) {
            if (!isBareRef(list.get(i))) {
                into.add(new Element(pointer + "/" + i, list.get(i)));
            }
        }
    }
}
