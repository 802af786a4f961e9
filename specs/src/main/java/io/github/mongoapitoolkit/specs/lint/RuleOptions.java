package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A rule's {@code options} from the ruleset file. */
public record RuleOptions(JsonNode node) {

    public List<String> strings(String name) {
        List<String> values = new ArrayList<>();
        node.path(name).forEach(value -> values.add(value.asText()));
        return values;
    }

    public String string(String name, String fallback) {
        return node.path(name).asText(fallback);
    }
}
