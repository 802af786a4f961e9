package io.github.mongoapitoolkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file of {@code drift-cases/} is one exchange with a real server and exactly the findings
 * it must give: kind, rule (a full key or a JSON Schema keyword), operation, pointer, and where
 * the case says so the example shown and the suggestion's location and fragment.
 */
class DriftCheckTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path folder = Path.of(DriftCheckTest.class.getResource("/drift-cases").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyWhatTheCaseSays(Path file) throws IOException {
        JsonNode testCase = YAML.readTree(file.toFile());
        MongoApi api = MongoApi.named(testCase.path("api").asText()).orElseThrow();
        JsonNode request = testCase.path("request");
        JsonNode response = testCase.path("response");
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), List.of(h.getValue().asText())));
        String body = response.has("rawBody") ? response.get("rawBody").asText()
                : response.has("body") ? response.get("body").toString() : null;

        List<Finding> findings = DriftCheck.of(api).judge(ObservedRequest.of(request.path("method").asText(), request.path("target").asText()),
                ObservedResponse.of(response.path("status").asInt(), headers, body));

        List<JsonNode> expected = new ArrayList<>();
        testCase.path("expect").forEach(expected::add);
        assertThat(findings).as(findings.toString()).hasSameSizeAs(expected);
        for (JsonNode want : expected) {
            assertThat(findings).as("%s in %s", want, findings).anySatisfy(found -> matches(found, want));
        }
    }

    private static void matches(Finding found, JsonNode want) {
        assertThat(found.kind().name()).isEqualTo(want.path("kind").asText());
        String rule = want.path("rule").asText();
        assertThat(found.rule().equals(rule) || found.rule().endsWith(".schema." + rule)).as("rule %s", found.rule()).isTrue();
        assertThat(found.operation()).isEqualTo(optional(want, "operation"));
        if (want.has("pointer")) {
            assertThat(found.pointer()).contains(want.get("pointer").asText());
        }
        if (want.has("example")) {
            JsonNode example = want.get("example");
            assertThat(found.example()).hasValueSatisfying(e -> assertThat(e.isValueNode() ? e.asText() : e)
                    .isEqualTo(example.isValueNode() ? example.asText() : example));
        }
        if (want.has("location")) {
            assertThat(found.suggestion()).hasValueSatisfying(s -> assertThat(s.location()).isEqualTo(want.get("location").asText()));
        }
        if (want.has("fragmentContains")) {
            assertThat(found.suggestion()).hasValueSatisfying(s -> assertThat(s.fragment()).contains(want.get("fragmentContains").asText()));
        }
        if (want.has("fragmentLacks")) {
            assertThat(found.suggestion()).hasValueSatisfying(s -> assertThat(s.fragment()).doesNotContain(want.get("fragmentLacks").asText()));
            assertThat(found.toString()).doesNotContain(want.get("fragmentLacks").asText());
        }
    }

    private static Optional<String> optional(JsonNode node, String field) {
        return node.has(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}
