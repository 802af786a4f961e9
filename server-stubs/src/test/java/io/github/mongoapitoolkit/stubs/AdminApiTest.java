package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.mongoapitoolkit.conformance.ConformanceCheck;
import io.github.mongoapitoolkit.conformance.MongoApi;
import io.github.mongoapitoolkit.conformance.ObservedRequest;
import io.github.mongoapitoolkit.conformance.ObservedResponse;
import io.github.mongoapitoolkit.stubs.admin.AdminServer;
import io.github.mongoapitoolkit.stubs.auth.Credentials;
import io.github.mongoapitoolkit.stubs.control.StubControl;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The admin API over HTTP: the cases of admin/refusals-and-commands.yaml, and a restart scenario a non-Java test would run. */
class AdminApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StubFixture stub = new StubFixture();
    private final AdminServer admin = AdminServer.start(StubControl.of(stub.servers(), Credentials.fromEnvironment(Map.of(
            Credentials.PUBLIC_API_KEY, StubFixture.PUBLIC_KEY, Credentials.PRIVATE_API_KEY, StubFixture.PRIVATE_KEY,
            Credentials.CLIENT_ID, StubFixture.CLIENT_ID, Credentials.CLIENT_SECRET, StubFixture.CLIENT_SECRET)), stub.clock()), 0);
    private final StubHttp http = new StubHttp(stub);

    @AfterEach
    void stop() {
        admin.close();
        stub.close();
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (InputStream in = AdminApiTest.class.getResourceAsStream("/admin/refusals-and-commands.yaml")) {
            new ObjectMapper(new YAMLFactory()).readTree(in).forEach(c -> all.add(Arguments.of(c.get("name").asText(), c)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void adminRequestGetsWhatItsOperationDeclares(String name, JsonNode c) throws IOException {
        String[] line = c.get("request").asText().split(" ", 2);
        String body = c.path("body").asText(null);
        if ("LARGE".equals(body)) {
            body = "{\"name\": \"" + "x".repeat(70_000) + "\"}";
        }

        RawHttp.Reply reply = send(line[0], line[1], body);

        assertThat(reply.status()).as("status; body %s", reply.body()).isEqualTo(c.get("status").asInt());
        assertThat(ConformanceCheck.of(MongoApi.STUB_ADMIN).check(ObservedRequest.of(line[0], line[1]),
                ObservedResponse.of(reply.status(), reply.headers(), reply.body()))).as("answer against the admin spec").isEmpty();
        if (c.has("errorCode")) {
            assertThat(JSON.readTree(reply.body()).path("errorCode").asText()).isEqualTo(c.get("errorCode").asText());
        }
    }

    @Test
    void aTestInAnotherLanguageDrivesARestartAndReadsItInTheJournal() throws IOException {
        assertThat(send("POST", "/admin/state", "{\"name\": \"mongosync is RUNNING and copying collections\"}").status()).isEqualTo(200);
        assertThat(send("POST", "/admin/mongosync/outage", "{\"kind\": \"RESTART\", \"seconds\": 120}").status()).isEqualTo(200);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", stub.servers().mongosyncUri().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /api/v1/progress HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(socket.getInputStream().readAllBytes()).as("no answer while restarting").isEmpty();
        }
        assertThat(send("POST", "/admin/clock/advance", "{\"seconds\": 120}").status()).isEqualTo(200);
        assertThat(http.mongosync("GET", "/api/v1/progress", null).body().at("/progress/state").asText()).isEqualTo("RUNNING");

        JsonNode journal = JSON.readTree(send("GET", "/admin/journal?operationId=getProgress", null).body());

        assertThat(journal.get("entries")).extracting(e -> e.get("status").asInt() + " " + e.get("fault").asText("none"))
                .containsExactly("0 mongosync not answering", "200 none");
        assertThat(send("POST", "/admin/reset", null).status()).isEqualTo(200);
        assertThat(stub.servers().mongosync().state().name()).isEqualTo("INITIALIZING");
        assertThat(stub.servers().journal().entries()).isEmpty();
    }

    private RawHttp.Reply send(String method, String target, String body) throws IOException {
        URI uri = admin.uri();
        String request = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + (body == null ? "Content-Length: 0\r\n\r\n"
                        : "Content-Type: application/json\r\nContent-Length: " + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                                + "\r\n\r\n" + body);
        return RawHttp.raw(uri, request, true).reply();
    }
}
