package io.github.mongoapitoolkit.specs.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON the build writes into the specs jar is the YAML spec, and a spec read from it is the
 * spec read from the YAML: the same tree, the same resolved model, the same parser messages.
 */
class SpecJsonTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mongosync", "atlas-live-migrations", "ops-manager-checkpoints", "stub-admin"})
    void theBuiltJsonReadsAsTheYamlDoes(String api) throws IOException {
        Path yaml = Path.of(api, "openapi.yaml");
        String yamlText = Files.readString(yaml);
        String json;
        try (InputStream in = SpecJsonTest.class.getResourceAsStream("/specs/" + api + "/openapi.json")) {
            assertThat(in).as("specs/%s/openapi.json in the jar", api).isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        LoadedSpec fromYaml = LoadedSpec.parse(yaml, yamlText);
        LoadedSpec fromJson = LoadedSpec.fromJson(yaml, json, () -> yamlText);

        assertThat(fromJson.tree()).isEqualTo(fromYaml.tree());
        assertThat(Json.pretty(fromJson.model())).isEqualTo(Json.pretty(fromYaml.model()));
        assertThat(fromJson.parserMessages()).isEqualTo(fromYaml.parserMessages());
        assertThat(fromJson.finding("r", "/info", "m").line()).as("lines come from the YAML").isEqualTo(fromYaml.finding("r", "/info", "m").line());
    }
}
