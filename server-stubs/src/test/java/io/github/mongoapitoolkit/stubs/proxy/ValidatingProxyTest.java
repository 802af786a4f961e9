package io.github.mongoapitoolkit.stubs.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.conformance.MongoApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The proxy in front of {@link DriftingUpstream}: each scripted answer comes back to the client
 * unchanged and the report names exactly what the script says, by kind, rule, operation and
 * pointer; requests reach the upstream unchanged; what the proxy cannot forward is answered in
 * the API's error shape.
 */
class ValidatingProxyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private DriftingUpstream upstream;
    private final List<ValidatingProxy> proxies = new ArrayList<>();

    @BeforeEach
    void startUpstream() {
        upstream = new DriftingUpstream();
    }

    @AfterEach
    void stop() {
        proxies.forEach(ValidatingProxy::close);
        upstream.close();
    }

    private ValidatingProxy proxy(MongoApi api, URI to) {
        DriftReport report = new DriftReport(api, to.toString(), Clock.systemUTC(), lines::add);
        ValidatingProxy proxy = ValidatingProxy.start(api, Upstream.parse(to.toString()), "127.0.0.1", 0, report);
        proxies.add(proxy);
        return proxy;
    }

    @Test
    void everyDriftingAnswerIsForwardedUnchangedAndReportedAsItsScriptSays() throws Exception {
        for (DriftingUpstream.Script script : upstream.scripts()) {
            ValidatingProxy proxy = proxy(MongoApi.named(script.api()).orElseThrow(), upstream.uri());
            HttpResponse<String> direct = send(upstream.uri(), script.method(), script.target());
            HttpResponse<String> proxied = send(proxy.uri(), script.method(), script.target());

            assertThat(proxied.statusCode()).as(script.name()).isEqualTo(direct.statusCode());
            assertThat(proxied.body()).as(script.name()).isEqualTo(direct.body());
            assertThat(proxied.headers().firstValue("Content-Type")).isEqualTo(direct.headers().firstValue("Content-Type"));
            proxy.close();

            JsonNode findings = proxy.report().toJson().path("findings");
            List<String> found = new ArrayList<>();
            findings.forEach(f -> found.add(key(f.path("kind").asText(), f.path("rule").asText(), f.path("operation").asText(),
                    f.path("pointer").isNull() ? "" : f.path("pointer").asText())));
            List<String> expected = new ArrayList<>();
            script.expect().forEach(e -> expected.add(key(e.path("kind").asText(), e.path("rule").asText(),
                    e.path("operation").asText(), e.path("pointer").asText())));
            assertThat(found).as(script.name() + ": " + findings).containsExactlyInAnyOrderElementsOf(expected);
            findings.forEach(f -> assertThat(f.path("count").asLong()).as(script.name()).isEqualTo(1));
        }
    }

    @Test
    void aFindingIsPrintedOnceAndCountedEveryTime() throws Exception {
        ValidatingProxy proxy = proxy(MongoApi.MONGOSYNC, upstream.uri());
        for (int i = 0; i < 3; i++) {
            send(proxy.uri(), "GET", "/api/v1/progress?case=new-state-value");
        }
        proxy.close();

        assertThat(lines).singleElement().satisfies(line -> assertThat(line).startsWith("DRIFT").contains("getProgress")
                .contains("/progress/state").contains("drift.enum-value").contains("VERIFYING"));
        JsonNode finding = proxy.report().toJson().path("findings").get(0);
        assertThat(finding.path("count").asLong()).isEqualTo(3);
        assertThat(finding.path("suggestion").path("location").asText()).isEqualTo("#/components/schemas/SyncState/enum");
        assertThat(proxy.report().toJson().path("operations").path("getProgress").path("exchanges").asLong()).isEqualTo(3);
    }

    @Test
    void theMarkdownSummaryCountsPerOperationAndSuggestsTheSpecFragment() throws Exception {
        ValidatingProxy proxy = proxy(MongoApi.MONGOSYNC, upstream.uri());
        send(proxy.uri(), "GET", "/api/v1/progress?case=extra-progress-field");
        send(proxy.uri(), "GET", "/api/v1/progress?case=null-can-commit");
        proxy.close();

        String markdown = proxy.report().toMarkdown();
        assertThat(markdown).contains("| getProgress | 2 | 1 | 1 |").contains("`/progress/copiedDocumentsPerSecond`")
                .contains("At `#/components/schemas/Progress/properties`:").contains("copiedDocumentsPerSecond:\n")
                .contains("type: integer").contains("example: 42");
        assertThat(proxy.report().exitStatus(FailOn.VIOLATION)).isEqualTo(1);
        assertThat(proxy.report().exitStatus(FailOn.NEVER)).isZero();
    }

    @Test
    void failOnDecidesWhetherDriftAloneFailsTheRun() throws Exception {
        ValidatingProxy proxy = proxy(MongoApi.MONGOSYNC, upstream.uri());
        send(proxy.uri(), "GET", "/api/v1/progress?case=extra-progress-field");
        proxy.close();

        assertThat(proxy.report().violations()).isZero();
        assertThat(proxy.report().exitStatus(FailOn.VIOLATION)).isZero();
        assertThat(proxy.report().exitStatus(FailOn.DRIFT)).isEqualTo(1);
        assertThat(proxy.report().exitStatus(FailOn.NEVER)).isZero();
    }

    @Test
    void secretsNeverReachTheReport() throws Exception {
        ValidatingProxy proxy = proxy(MongoApi.ATLAS_LIVE_MIGRATIONS, upstream.uri());
        HttpRequest request = HttpRequest.newBuilder(proxy.uri().resolve("/api/atlas/v2/orgs/5e2211c17a3e5a48f5497de1/liveMigrations/linkTokens"))
                .header("Authorization", "Bearer client-secret-token-0001").header("Content-Type", "application/vnd.atlas.2023-01-01+json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"accessListIps\":[\"203.0.113.7\"],\"password\":\"request-password-0001\"}"))
                .build();
        http.send(request, HttpResponse.BodyHandlers.ofString());
        proxy.close();

        String everything = proxy.report().toJsonText() + proxy.report().toMarkdown() + String.join("\n", lines);
        assertThat(everything).contains("privateKey").contains("[redacted]")
                .doesNotContain("client-secret-token-0001").doesNotContain("request-password-0001")
                .doesNotContain("c2VjcmV0LWxpbmstdG9rZW4tMDAwMQ==").doesNotContain("upstream-private-key-0001");
    }

    @Test
    void requestsReachTheUpstreamByteForByteButTheHost() throws Exception {
        ValidatingProxy proxy = proxy(MongoApi.MONGOSYNC, upstream.uri());
        String target = "/api/v1/progress?x=%2F%2e&y=a%20b&z=%7E";
        String reply = raw(proxy.uri(), "POST " + target + " HTTP/1.1\r\nHost: client.example\r\nX-Case:  Mixed Value \r\n"
                + "Authorization: Digest username=\"k\", uri=\"" + target + "\"\r\nContent-Length: 4\r\nConnection: close\r\n\r\n{\"a\"");

        assertThat(reply).startsWith("HTTP/1.1 200");
        DriftingUpstream.Received received = upstream.received().get(0);
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.rawTarget()).isEqualTo(target);
        assertThat(received.headers().get("X-Case")).containsExactly("Mixed Value");
        assertThat(received.headers().get("Authorization")).containsExactly("Digest username=\"k\", uri=\"" + target + "\"");
        assertThat(received.headers().get("Host")).containsExactly(upstream.uri().getAuthority());
        assertThat(received.body()).isEqualTo("{\"a\"");
    }

    @Test
    void aChunkedRequestIsForwardedAndItsDataJudged() throws Exception {
        ValidatingProxy proxy = proxy(MongoApi.MONGOSYNC, upstream.uri());
        String reply = raw(proxy.uri(), "POST /api/v1/pause HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n1\r\n{\r\n1\r\n}\r\n0\r\n\r\n");

        assertThat(reply).startsWith("HTTP/1.1 200");
        assertThat(upstream.received().get(0).body()).isEqualTo("{}");
        proxy.close(); // waits for the judging of answers not seen before
        assertThat(proxy.report().exchanges()).isEqualTo(1);
    }

    @Test
    void whatCannotBeForwardedIsAnsweredInTheApisErrorShape() throws Exception {
        ValidatingProxy mongosync = proxy(MongoApi.MONGOSYNC, upstream.uri());
        ValidatingProxy atlas = proxy(MongoApi.ATLAS_LIVE_MIGRATIONS, upstream.uri());
        ValidatingProxy nowhere = proxy(MongoApi.ATLAS_LIVE_MIGRATIONS, URI.create("http://127.0.0.1:1"));

        assertThat(errorCode(raw(mongosync.uri(), "GARBAGE\r\n\r\n"))).isEqualTo("ProxyBadRequest");
        assertThat(errorCode(raw(atlas.uri(), "POST /api/atlas/v2 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"))).isEqualTo("PROXY_BAD_REQUEST");
        assertThat(errorCode(raw(atlas.uri(), "GET / HTTP/1.1\r\nHost: x\r\n Folded: header\r\n\r\n"))).isEqualTo("PROXY_BAD_REQUEST");
        assertThat(errorCode(raw(atlas.uri(), "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(70_000) + "\r\n\r\n")))
                .isEqualTo("PROXY_BAD_REQUEST");
        String unreachable = raw(nowhere.uri(), "GET /api/atlas/v2/groups/5e2211c17a3e5a48f5497de3/liveMigrations/32b6e34b3d91647abb20e7b8 HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(unreachable).startsWith("HTTP/1.1 502");
        assertThat(errorCode(unreachable)).isEqualTo("PROXY_UPSTREAM_UNREACHABLE");
        assertThat(mongosync.report().exchanges() + atlas.report().exchanges() + nowhere.report().exchanges()).isZero();
        assertThat(nowhere.report().toJson().path("notForwarded").asLong()).isEqualTo(1);
    }

    private static String key(String kind, String rule, String operation, String pointer) {
        return kind + " " + rule + " " + operation + " " + pointer;
    }

    private HttpResponse<String> send(URI base, String method, String target) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(target));
        request = method.equals("GET") ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/vnd.atlas.2023-01-01+json");
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends bytes as written and reads the answer until the proxy closes the connection. */
    static String raw(URI proxy, String request) throws IOException {
        try (Socket socket = new Socket(proxy.getHost(), proxy.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            try {
                in.transferTo(reply);
            } catch (java.net.SocketException e) {
                // reset after the answer: what was read is the answer
            }
            return reply.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static String errorCode(String reply) throws IOException {
        JsonNode body = JSON.readTree(reply.substring(reply.indexOf("\r\n\r\n") + 4));
        return body.has("errorCode") ? body.get("errorCode").asText() : body.path("error").asText();
    }
}
