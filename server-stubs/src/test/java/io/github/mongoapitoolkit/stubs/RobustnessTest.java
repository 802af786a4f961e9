package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.mongoapitoolkit.stubs.StubHttp.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests that do not fit the spec (malformed ids, unknown paths, wrong methods, wrong Accept,
 * malformed query values and bodies, oversized headers and bodies, bad credentials), one case
 * each in {@code robustness/cases.yaml}. Each gets its declared status and its API's error body,
 * both checked against the spec, and never a 5xx.
 */
class RobustnessTest extends CloudStubTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static Stream<Arguments> cases() throws IOException {
        JsonNode cases = YAML.readTree(RobustnessTest.class.getResource("/robustness/cases.yaml"));
        List<Arguments> arguments = new ArrayList<>();
        cases.forEach(c -> arguments.add(Arguments.of(c.get("name").asText(), c)));
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void requestOutsideTheSpecGetsTheDeclaredErrorBody(String name, JsonNode c) {
        boolean mongosync = c.get("server").asText().equals("mongosync");
        String method = c.get("method").asText();
        String path = c.get("path").asText();
        Map<String, String> headers = new HashMap<>();
        c.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
        if (!mongosync) {
            headers.putIfAbsent("Accept", c.path("accept").asText(path.startsWith("/api/atlas/") ? StubHttp.ATLAS_JSON : "application/json"));
        }
        if (c.has("contentType")) {
            headers.put("Content-Type", c.get("contentType").asText());
        } else if (mongosync) {
            headers.put("Content-Type", "application/json");
        }
        if (c.has("headerRepeat")) {
            headers.put("X-Oversized", "a".repeat(c.get("headerRepeat").asInt()));
        }
        String body = body(c);
        Reply reply = switch (c.path("auth").asText("none")) {
            case "bearer" -> {
                headers.put("Authorization", "Bearer " + token);
                yield http.send(mongosync, method, path, headers, body);
            }
            case "basic" -> {
                headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (StubFixture.CLIENT_ID + ":" + StubFixture.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)));
                yield http.send(mongosync, method, path, headers, body);
            }
            case "digest" -> http.cloudWithDigest(method, path, headers);
            default -> http.send(mongosync, method, path, headers, body);
        };

        assertThat(reply.status()).as(name + ": " + reply.body()).isEqualTo(c.get("status").asInt());
        assertThat(reply.errorCode()).as(name).isEqualTo(c.get("code").asText());
    }

    private static String body(JsonNode c) {
        if (c.has("bodyRepeat")) {
            return "{\"source\":\"" + "x".repeat(c.get("bodyRepeat").asInt()) + "\",\"destination\":\"b\"}";
        }
        if (c.has("bodyBase64")) {
            return new String(Base64.getDecoder().decode(c.get("bodyBase64").asText()), StandardCharsets.ISO_8859_1);
        }
        return c.has("body") ? c.get("body").asText() : null;
    }
}
