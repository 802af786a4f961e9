package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mongoapitoolkit.specs.check.DefinitionWalker;
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
        DefinitionWalker.forEachObject(spec, (pointer, node) -> {
            if (node.has(EXTENSION)) {
                visitor.accept(pointer, node.get(EXTENSION));
            }
        });
    }
}
