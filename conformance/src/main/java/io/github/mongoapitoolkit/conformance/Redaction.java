package io.github.mongoapitoolkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a finding may show of a value: never a credential. Link tokens, private keys, passwords
 * and bearer tokens are written as {@link #REDACTED}, wherever they are in the value.
 */
final class Redaction {

    static final TextNode REDACTED = TextNode.valueOf("[redacted]");

    /** Property names whose values are secrets in these APIs (Atlas's linkToken, a key's privateKey). */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(pass(word)?|secret|token|private.?key|api.?key|credential|authori[sz]ation|cookie).*");
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie",
            "x-api-key");
    private static final int MAX_TEXT = 200;

    private Redaction() {
    }

    static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name).matches();
    }

    static boolean isSecretHeader(String name) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** True when a JSON pointer ends in a secret's name, or passes through one. */
    static boolean isSecretPointer(String pointer) {
        for (String segment : pointer.split("/")) {
            if (!segment.isEmpty() && isSecretName(segment)) {
                return true;
            }
        }
        return false;
    }

    /** A copy of a value with every secret property redacted and long strings cut. */
    static JsonNode value(JsonNode value) {
        if (value.isObject()) {
            ObjectNode copy = ((ObjectNode) value).objectNode();
            value.fields().forEachRemaining(field -> copy.set(field.getKey(),
                    isSecretName(field.getKey()) ? REDACTED : value(field.getValue())));
            return copy;
        }
        if (value.isArray()) {
            var copy = ((com.fasterxml.jackson.databind.node.ArrayNode) value).arrayNode();
            value.forEach(element -> copy.add(value(element)));
            return copy;
        }
        if (value.isTextual() && value.asText().length() > MAX_TEXT) {
            return TextNode.valueOf(value.asText().substring(0, MAX_TEXT) + "...");
        }
        return value;
    }
}
