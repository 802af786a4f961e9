package io.github.mongoapitoolkit.stubs.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How a Digest header's parameter list is read (digest-parameters.yaml), at the edges of its grammar. */
class DigestParametersTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = DigestParametersTest.class.getResourceAsStream("/digest-parameters.yaml")) {
            List<Arguments> cases = new ArrayList<>();
            new ObjectMapper(new YAMLFactory()).readTree(in).forEach(c -> cases.add(Arguments.of(c.path("name").asText(), c)));
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theListIsReadAsItsCaseSays(String name, JsonNode c) {
        Map<String, String> parsed = DigestAuthenticator.DigestParameters.parse(c.path("header").asText());

        if (c.path("params").isNull()) {
            assertThat(parsed).isNull();
            return;
        }
        Map<String, String> expected = new TreeMap<>();
        c.path("params").fields().forEachRemaining(p -> expected.put(p.getKey(), p.getValue().asText()));
        assertThat(parsed).isNotNull();
        assertThat(new TreeMap<>(parsed)).isEqualTo(expected);
    }
}
