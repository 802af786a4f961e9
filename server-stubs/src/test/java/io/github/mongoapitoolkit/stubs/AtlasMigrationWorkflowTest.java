package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.mongoapitoolkit.stubs.StubHttp.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Cloud Migration Service as a client drives it, one story per file under
 * {@code atlas-workflows/}, each against a fresh stub on a clock the story moves. A step sends a
 * request (a body from {@code bodies.yaml}, changed by JSON pointer where the story says) signed by
 * the owner key or, with {@code as: member}, by the dataset's Organization Member key, and pins the
 * status, the {@code errorCode}, values by pointer and properties that must be absent. Every answer
 * is also held against the spec by {@link StubHttp}.
 */
class AtlasMigrationWorkflowTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEMBER_KEY = "stubmemberkey";
    private static final String MEMBER_PRIVATE_KEY = "stub-member-private-key-0000";

    private final StubFixture stub = new StubFixture();
    private final ProxiedStub proxied = new ProxiedStub(stub, io.github.mongoapitoolkit.conformance.MongoApi.ATLAS_LIVE_MIGRATIONS);
    private final StubHttp http = proxied.http();

    @AfterEach
    void stop() {
        try {
            proxied.close();
        } finally {
            stub.close();
        }
    }

    static Stream<String> stories() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.equals("bodies.yaml"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void storyUnfoldsAsItsStepsSay(String story) throws Exception {
        JsonNode bodies = read("bodies.yaml");
        int number = 0;
        for (JsonNode step : read(story)) {
            number++;
            if (step.has("advance")) {
                stub.clock().advance(Duration.ofSeconds(step.get("advance").asLong()));
                continue;
            }
            if (step.has("reset")) {
                stub.servers().liveMigrations().reset();
                continue;
            }
            String[] line = step.get("send").asText().split(" ", 2);
            String body = body(step, bodies);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", "application/vnd.atlas.2024-05-30+json");
            if (body != null) {
                headers.put("Content-Type", step.path("contentType").asText("application/vnd.atlas.2024-05-30+json"));
            }
            boolean member = step.path("as").asText("owner").equals("member");
            Reply reply = http.atlas(line[0], line[1], headers, body, member ? MEMBER_KEY : StubFixture.PUBLIC_KEY,
                    member ? MEMBER_PRIVATE_KEY : StubFixture.PRIVATE_KEY);

            String where = story + " step " + number + " (" + step.get("send").asText() + ") answered " + reply.status() + " "
                    + reply.raw().body();
            assertThat(reply.status()).as(where).isEqualTo(step.get("status").asInt());
            if (step.has("errorCode")) {
                assertThat(reply.body().path("errorCode").asText()).as(where).isEqualTo(step.get("errorCode").asText());
            }
            step.path("values").fields().forEachRemaining(expected ->
                    assertThat(reply.body().at(expected.getKey())).as(where + ": " + expected.getKey()).isEqualTo(expected.getValue()));
            step.path("absent").forEach(pointer ->
                    assertThat(reply.body().at(pointer.asText()).isMissingNode()).as(where + ": " + pointer.asText() + " absent").isTrue());
            if (step.has("fields")) {
                List<String> fields = reply.body().at("/badRequestDetail/fields").findValuesAsText("field");
                assertThat(fields).as(where + ": badRequestDetail fields").containsExactlyElementsOf(
                        YAML.convertValue(step.get("fields"), JSON.getTypeFactory().constructCollectionType(List.class, String.class)));
            }
        }
    }

    /** The step's body: raw text, or a named body with {@code set} and {@code remove} applied by JSON pointer. */
    private static String body(JsonNode step, JsonNode bodies) throws IOException {
        if (step.has("text")) {
            return step.get("text").asText();
        }
        if (!step.has("body")) {
            return null;
        }
        JsonNode named = bodies.get(step.get("body").asText());
        assertThat(named).as("body %s in bodies.yaml", step.get("body").asText()).isNotNull();
        JsonNode body = named.deepCopy();
        step.path("set").fields().forEachRemaining(change -> parentOf(body, change.getKey()).set(last(change.getKey()), change.getValue()));
        step.path("remove").forEach(pointer -> parentOf(body, pointer.asText()).remove(last(pointer.asText())));
        return JSON.writeValueAsString(body);
    }

    private static ObjectNode parentOf(JsonNode body, String pointer) {
        return (ObjectNode) body.at(pointer.substring(0, pointer.lastIndexOf('/')));
    }

    private static String last(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = AtlasMigrationWorkflowTest.class.getResourceAsStream("/atlas-workflows/" + file)) {
            JsonNode tree = YAML.readTree(in);
            return tree == null ? JSON.createArrayNode() : tree;
        }
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(AtlasMigrationWorkflowTest.class.getResource("/atlas-workflows").toURI());
    }
}
