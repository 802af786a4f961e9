package io.github.mongoapitoolkit.specs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.fge.jsonschema.core.util.RegexECMA262Helper;
import io.github.mongoapitoolkit.specs.check.AnchoredPattern;
import io.github.mongoapitoolkit.specs.check.ExampleValidator;
import io.github.mongoapitoolkit.specs.check.LoadedSpec;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each constrained string of the specs gives every sample of its corpus (under
 * {@code patterns/}) the same verdict under JSON Schema's ECMA-262 search semantics, under
 * Java's full-match semantics, and when the whole schema is validated.
 */
class PatternSemanticsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Each spec is parsed, and its validator built, once for all samples. */
    private static final Map<String, LoadedSpec> SPECS = new ConcurrentHashMap<>();
    private static final Map<String, ExampleValidator> VALIDATORS = new ConcurrentHashMap<>();

    /** MongoDB's published migrationHosts pattern (mongodb/openapi, raw v2 spec). */
    private static final String PUBLISHED_MIGRATION_HOST =
            "^([0-9]{1,3}\\.){3}[0-9]{1,3}|([0-9a-f]{1,4}:){7}([0-9a-f]{1,4})|(([a-z0-9]+\\.){1,10}[a-z]+)?$";

    record Sample(String corpus, String value, boolean accepted, String why) {
        @Override
        public String toString() {
            return corpus + ": " + (accepted ? "accepts " : "rejects ") + why + " " + TextNode.valueOf(value);
        }
    }

    static Stream<Arguments> samples() throws IOException, URISyntaxException {
        Path folder = Path.of(PatternSemanticsTest.class.getResource("/patterns").toURI());
        List<Arguments> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode corpus = YAML.readTree(file.toFile());
                String name = file.getFileName().toString().replace(".yaml", "");
                for (String verdict : List.of("accept", "reject")) {
                    for (JsonNode sample : corpus.path(verdict)) {
                        samples.add(Arguments.of(corpus.get("spec").asText(), corpus.get("schema").asText(),
                                new Sample(name, sample.get("value").asText(), verdict.equals("accept"), sample.get("why").asText())));
                    }
                }
            }
        }
        return samples.stream();
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("samples")
    void patternGivesTheSameVerdictUnderEverySemantics(String api, String schemaName, Sample sample) {
        LoadedSpec spec = SPECS.computeIfAbsent(api, a -> LoadedSpec.read(ProjectSpecs.file(a)));
        JsonNode schema = spec.tree().at("/components/schemas/" + schemaName);
        String pattern = schema.get("pattern").asText();

        assertThat(AnchoredPattern.problem(pattern)).as("anchored").isEmpty();
        assertThat(RegexECMA262Helper.regMatch(pattern, sample.value())).as("ECMA-262 search").isEqualTo(sample.accepted());
        assertThat(Pattern.matches(pattern, sample.value())).as("Java full match").isEqualTo(sample.accepted());
        assertThat(VALIDATORS.computeIfAbsent(api, a -> new ExampleValidator(spec)).problems(TextNode.valueOf(sample.value()), schema, false))
                .as("whole schema").matches(problems -> problems.isEmpty() == sample.accepted());
    }

    @Test
    void publishedMigrationHostPatternMatchesAnyStringUnderSearchSemantics() {
        assertThat(RegexECMA262Helper.regMatch(PUBLISHED_MIGRATION_HOST, "not a host!!")).isTrue();
        assertThat(RegexECMA262Helper.regMatch(PUBLISHED_MIGRATION_HOST, "https://vm001.example.com")).isTrue();
        assertThat(AnchoredPattern.problem(PUBLISHED_MIGRATION_HOST)).isPresent();
    }

    @Test
    void javaFindAcceptsATrailingNewlineSoObjectIdAlsoPinsItsLength() {
        String objectId = "^([a-f0-9]{24})$";
        assertThat(Pattern.compile(objectId).matcher("32b6e34b3d91647abb20e7b8\n").find()).isTrue();
        LoadedSpec spec = LoadedSpec.read(ProjectSpecs.file(ProjectSpecs.ATLAS));
        assertThat(spec.tree().at("/components/schemas/ObjectId/maxLength").asInt()).isEqualTo(24);
    }
}
