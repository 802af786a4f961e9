package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mongoapitoolkit.specs.check.JsonPointers;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Exceptions to lint rules, written next to the element they excuse in MongoDB's IPA-005 form:
 * <pre>
 * x-xgen-IPA-exception:
 *   xgen-IPA-123-enum-values-must-be-upper-snake-case: mongosync's wire values are camelCase.
 * </pre>
 * An exception on an element also covers what the element contains.
 */
public final class LintExceptions {

    public static final String EXTENSION = "x-xgen-IPA-exception";

    private LintExceptions() {
    }

    /** True when the element at the pointer, or one containing it, excepts the rule. */
    static boolean excepts(JsonNode spec, String pointer, String ruleId) {
        String current = pointer;
        while (true) {
            if (spec.at(current).path(EXTENSION).has(ruleId)) {
                return true;
            }
            if (current.isEmpty()) {
                return false;
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }

    /** Visits every exception extension with the pointer of the element that carries it. */
    static void forEach(JsonNode spec, BiConsumer<String, JsonNode> visitor) {
        walk("", spec, visitor);
    }

    private static void walk(String pointer, JsonNode node, BiConsumer<String, JsonNode> visitor) {
        if (node.isObject()) {
            if (node.has(EXTENSION)) {
                visitor.accept(pointer, node.get(EXTENSION));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals(EXTENSION) && !field.getKey().equals("example") && !field.getKey().equals("examples")) {
                    walk(pointer + "/" + JsonPointers.escape(field.getKey()), field.getValue(), visitor);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(pointer + "/" + i, node.get(i), visitor);
            }
        }
    }
}
