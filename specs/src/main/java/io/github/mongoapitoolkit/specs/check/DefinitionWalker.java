package io.github.mongoapitoolkit.specs.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Visits every object node of a spec that is part of its definitions: example payloads
 * ({@code example}, {@code examples}) and vendor extensions ({@code x-*}) are data, not
 * definitions, so a {@code pattern} key inside them is not a pattern.
 */
public final class DefinitionWalker {

    private DefinitionWalker() {
    }

    public static void forEachObject(JsonNode root, BiConsumer<String, JsonNode> visitor) {
        walk("", root, visitor);
    }

    private static void walk(String pointer, JsonNode node, BiConsumer<String, JsonNode> visitor) {
        if (node.isObject()) {
            visitor.accept(pointer, node);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!isData(field.getKey())) {
                    walk(pointer + "/" + JsonPointers.escape(field.getKey()), field.getValue(), visitor);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(pointer + "/" + i, node.get(i), visitor);
            }
        }
    }

    private static boolean isData(String key) {
        return key.equals("example") || key.equals("examples") || key.startsWith("x-");
    }
}
