package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A Host header that makes no URI gets the API's 400, never a 500 page with a stack trace. */
class InvalidHostTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static StubFixture stub;

    @BeforeAll
    static void start() {
        stub = new StubFixture();
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    static Stream<Arguments> cases() throws IOException {
        JsonNode cases = YAML.readTree(InvalidHostTest.class.getResource("/robustness/invalid-hosts.yaml"));
        List<Arguments> arguments = new ArrayList<>();
        for (JsonNode host : cases.get("hosts")) {
            for (JsonNode request : cases.get("requests")) {
                arguments.add(Arguments.of(host.asText(), request.get("server").asText(), request.get("path").asText(),
                        request.get("code").asText()));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "Host {0}: {1} {2}")
    @MethodSource("cases")
    void aHostThatMakesNoUriGetsTheApisBadRequest(String host, String server, String path, String code) throws IOException {
        boolean mongosync = server.equals("mongosync");
        URI uri = mongosync ? stub.servers().mongosyncUri() : stub.servers().cloudUri();
        RawHttp.Reply reply = RawHttp.exchange(uri, "GET", path, List.of(Map.entry("Host", host)));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        JsonNode body = new ObjectMapper().readTree(reply.body());
        assertThat(body.path("errorCode").asText(body.path("error").asText())).isEqualTo(code);
        assertThat(Conformance.problems(mongosync, "GET", path, null, reply.status(), reply.headers(),
                reply.body())).isEmpty();
    }
}
