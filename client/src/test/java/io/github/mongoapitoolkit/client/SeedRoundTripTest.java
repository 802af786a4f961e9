package io.github.mongoapitoolkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seed response (and every behaviour-named case under {@code round-trip/}) deserialises into the generated model its folder names and serialises
 * back to the same JSON tree: no field lost (a wrong name, a dropped null) and none invented
 * (an absent field written as null or []).
 */
class SeedRoundTripTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** Files under {@code seeds/} and {@code round-trip/}, as paths relative to the test resources. */
    static Stream<Path> seeds() throws IOException, URISyntaxException {
        Path resources = Path.of(SeedRoundTripTest.class.getResource("/seeds").toURI()).getParent();
        return Stream.concat(jsonFiles(resources, "seeds"), jsonFiles(resources, "round-trip"));
    }

    private static Stream<Path> jsonFiles(Path resources, String folder) throws IOException {
        Path root = resources.resolve(folder);
        return Files.walk(root).filter(p -> p.toString().endsWith(".json")).sorted()
                .map(resources::relativize);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedResponseSurvivesDeserialisationAndSerialisationUnchanged(Path seed) throws Exception {
        String api = seed.getName(1).toString();
        String modelName = seed.getName(2).toString();
        String original = Files.readString(Path.of(getClass().getResource("/" + seed).toURI()));
        ObjectMapper clientMapper = GeneratedClients.mapperOf(api);
        Class<?> model = GeneratedClients.modelClass(api, modelName);

        Object deserialised = clientMapper.readValue(original, model);
        String serialised = clientMapper.writeValueAsString(deserialised);

        JsonNode expected = PLAIN.readTree(original);
        JsonNode actual = PLAIN.readTree(serialised);
        assertThat(actual).as("%s re-serialised by %s", seed, model.getSimpleName()).isEqualTo(expected);
    }
}
