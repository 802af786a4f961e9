package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ruleset as written in {@code specs/lint/ruleset.yaml} (on the classpath as
 * {@code specs/lint/ruleset.yaml}): each rule's id, message, source and options.
 */
public record Ruleset(Map<String, Definition> rules) {

    public static final String RESOURCE = "specs/lint/ruleset.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One rule's entry. */
    public record Definition(String id, String message, String source, RuleOptions options) {
    }

    public static Ruleset load() {
        try (InputStream in = Ruleset.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static Ruleset parse(JsonNode root) {
        Map<String, Definition> rules = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("rules").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> rule = it.next();
            JsonNode entry = rule.getValue();
            String message = entry.path("message").asText("");
            if (message.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": rule " + rule.getKey() + " has no message");
            }
            rules.put(rule.getKey(), new Definition(rule.getKey(), message, entry.path("source").asText(""),
                    new RuleOptions(entry.path("options"))));
        }
        return new Ruleset(Map.copyOf(rules));
    }
}
