package io.github.mongoapitoolkit.client.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each x-state-rules operator means, case by case (state-rule-operators.yaml), and that
 * MS-IDLE-NULLS asserts on every progress field the spec has but those its description exempts.
 */
class StateRuleOperatorsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (InputStream in = StateRuleOperatorsTest.class.getResourceAsStream("/state-rule-operators.yaml")) {
            YAML.readTree(in).forEach(c -> all.add(Arguments.of(c.get("name").asText(), c)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theOperatorHoldsExactlyWhenTheCaseSays(String name, JsonNode c) {
        ObjectNode spec = JSON.createObjectNode();
        ObjectNode rule = spec.putObject("components").putObject("schemas").putObject("Body").putArray("x-state-rules").addObject();
        rule.put("id", "CASE");
        rule.putArray("when");
        rule.putArray("then").add(c.get("clause"));

        List<StateRules.Violation> violations = StateRules.fromSpec(spec, "Body").check(c.get("body"));

        assertThat(violations.isEmpty()).as("%s holds for %s", c.get("clause"), c.get("body")).isEqualTo(c.get("holds").asBoolean());
    }

    @Test
    void idleNullsCoversEveryProgressFieldButStateCanCommitAndTheExempt() throws IOException {
        JsonNode spec;
        try (InputStream in = StateRules.class.getResourceAsStream("/specs/mongosync/openapi.yaml")) {
            spec = YAML.readTree(in);
        }
        Set<String> fields = new TreeSet<>();
        spec.at("/components/schemas/Progress/properties").fieldNames().forEachRemaining(f -> fields.add("/progress/" + f));
        JsonNode idle = null;
        for (JsonNode rule : spec.at("/components/schemas/ProgressResponse/x-state-rules")) {
            if (rule.path("id").asText().equals("MS-IDLE-NULLS")) {
                idle = rule;
            }
        }
        Set<String> decided = new TreeSet<>(Set.of("/progress/state", "/progress/canCommit"));
        idle.path("then").forEach(a -> {
            assertThat(a.path("is").asText()).as(a.toString()).isEqualTo("nullOrAbsent");
            decided.add(a.path("pointer").asText());
        });
        idle.path("exempt").forEach(e -> decided.add(e.path("pointer").asText()));

        Set<String> undecided = new TreeSet<>(fields);
        undecided.removeAll(decided);
        StringBuilder fix = new StringBuilder();
        undecided.forEach(p -> fix.append("\n            - {pointer: ").append(p).append(", is: nullOrAbsent}"));
        assertThat(undecided).as("In IDLE every progress field but state and canCommit is null or absent, so MS-IDLE-NULLS in "
                + "specs/mongosync/openapi.yaml must decide each one. Add to its then:%s\nor, if a real IDLE answer carries a "
                + "value, an exempt entry with the pointer and the reason", fix).isEmpty();
        Set<String> gone = new TreeSet<>(decided);
        gone.removeAll(fields);
        assertThat(gone).as("MS-IDLE-NULLS names fields Progress no longer has").isEmpty();
    }
}
