package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests an attacker on loopback would send, as raw bytes, one case each in
 * {@code hostile/*.yaml}: paths and encodings, every credential kind against every operation,
 * Digest replay and tampering, HTTP framing, Host values, bodies and JSON. Each runs against a
 * server with the fast path and one without. Every answer must have the case's status and stable
 * code in the case's API error body, a status its operation declares (checked against the spec),
 * no 5xx, no HTML, no stack trace and no Java type names.
 */
class HostileRequestsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILES = List.of("paths-and-encodings", "credentials", "digest", "framing", "hosts", "bodies");
    private static final Pattern REQUEST_LINE = Pattern.compile("^(\\S+) (\\S+) ");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(DIGEST[A-Z_]*|BEARER|BASIC[A-Z_]*)(?::([^}]*))?}");

    private static StubFixture fast;
    private static StubFixture jersey;
    private static String fastToken;
    private static String jerseyToken;

    @BeforeAll
    static void start() {
        fast = new StubFixture(1_000_000, 300, true, System::currentTimeMillis);
        jersey = new StubFixture(1_000_000, 300, false, System::currentTimeMillis);
        fastToken = token(fast);
        jerseyToken = token(jersey);
    }

    @AfterAll
    static void stop() {
        fast.close();
        jersey.close();
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = HostileRequestsTest.class.getResourceAsStream("/hostile/" + file + ".yaml")) {
                for (JsonNode c : YAML.readTree(in)) {
                    all.add(Arguments.of(file + ": " + c.get("name").asText() + " [fast path]", c, true));
                    all.add(Arguments.of(file + ": " + c.get("name").asText() + " [jersey only]", c, false));
                }
            }
        }
        assertThat(all).as("hostile cases (two runs each)").hasSizeGreaterThanOrEqualTo(600);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileRequestGetsOnlyWhatItsOperationDeclares(String name, JsonNode c, boolean fastPath) throws IOException {
        StubFixture stub = fastPath ? fast : jersey;
        String token = fastPath ? fastToken : jerseyToken;
        boolean mongosync = c.get("port").asText().equals("mongosync");
        URI server = mongosync ? stub.servers().mongosyncUri() : stub.servers().cloudUri();
        String template = c.get("request").asText().replace("{HOST}", server.getHost() + ":" + server.getPort());
        Matcher line = REQUEST_LINE.matcher(template);
        String method = line.find() ? line.group(1) : "GET";
        String target = line.group(2);
        String nonce = template.contains("{DIGEST") || c.has("before") ? nonce(stub) : null;
        if (c.has("before")) {
            String before = template.replaceAll("Authorization: \\{[^}]*}", "Authorization: " + c.get("before").asText());
            RawHttp.raw(server, fill(before, method, target, nonce, token), false);
        }
        String request = fill(template, method, target, nonce, token);
        boolean closes = c.path("closes").asBoolean(false);
        RawHttp.RawReply raw = RawHttp.raw(server, request, closes);
        if (c.path("repeat").asBoolean(false)) {
            raw = RawHttp.raw(server, request, closes);
        }
        RawHttp.Reply reply = raw.reply();
        String body = reply.body();
        String api = c.get("api").asText();

        assertThat(reply.status()).as("status; body %s", body).isEqualTo(c.get("status").asInt());
        assertThat(reply.status()).as("never a 5xx").isLessThan(500);
        assertThat(body).as("no HTML, stack trace or Java type").doesNotContain("<html", "<!DOCTYPE", "Exception", "java.", "\tat ");
        if (reply.status() >= 400 && !method.equals("HEAD")) {
            assertThat(Conformance.errorBodyProblems(api, body)).as("the %s error body: %s", api, body).isEmpty();
        }
        if (c.has("code") && !method.equals("HEAD")) {
            JsonNode tree = JSON.readTree(body);
            String code = api.equals("atlas") || api.equals("ops-manager") ? tree.path("errorCode").asText() : tree.path("error").asText();
            assertThat(code).as("stable code; body %s", body).isEqualTo(c.get("code").asText());
        }
        if (declaredOperationCanJudge(method, target, reply.status())) {
            URI uri = URI.create(target);
            assertThat(Conformance.problems(mongosync, method, uri.getRawPath(), uri.getRawQuery(),
                    reply.status(), reply.headers(), body)).as("answer against the spec").isEmpty();
        }
        if (c.path("closes").asBoolean(false)) {
            assertThat(raw.closed()).as("connection closed after the answer").isTrue();
        }
        if (c.path("stale").asBoolean(false)) {
            assertThat(reply.header("WWW-Authenticate")).contains("stale=true");
        }
        if (c.has("linksHost")) {
            assertThat(body).contains("\"href\":\"http://" + c.get("linksHost").asText());
        }
    }

    /** The spec check needs an origin-form target a URI can hold, a method it knows and a body it can read. */
    private static boolean declaredOperationCanJudge(String method, String target, int status) {
        // swagger-request-validator matches "//" and a trailing "/" as if they were not there; the stub does not.
        String path = target.split("\\?", 2)[0];
        if (path.contains("//") || (path.length() > 1 && path.endsWith("/"))) {
            return false;
        }
        if (!target.startsWith("/") || method.equals("HEAD") || !List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE").contains(method)) {
            return false;
        }
        try {
            URI.create(target);
            return status != 400 || !target.contains("%");
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private static String fill(String template, String method, String target, String nonce, String token) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), m.group(2), method, target, nonce, token)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String kind, String argument, String method, String target, String nonce, String token) {
        String withoutQuery = target.split("\\?", 2)[0];
        return switch (kind) {
            case "BEARER" -> "Bearer " + token;
            case "BASIC" -> basic(StubFixture.CLIENT_ID, StubFixture.CLIENT_SECRET);
            case "BASIC_WRONG" -> basic(StubFixture.CLIENT_ID, "wrong");
            case "BASIC_API_KEY" -> basic(StubFixture.PUBLIC_KEY, StubFixture.PRIVATE_KEY);
            case "DIGEST" -> StubHttp.digestAuthorization(nonce, method, target, StubFixture.PRIVATE_KEY);
            case "DIGEST_WRONG_KEY" -> StubHttp.digestAuthorization(nonce, method, target, "not-the-key");
            case "DIGEST_LOWER" -> "digest" + StubHttp.digestAuthorization(nonce, method, target, StubFixture.PRIVATE_KEY).substring(6);
            case "DIGEST_NC" -> StubHttp.digestAuthorization(nonce, method, target, StubFixture.PRIVATE_KEY, Long.parseLong(argument));
            case "DIGEST_AS" -> StubHttp.digestAuthorization(nonce, argument, target, StubFixture.PRIVATE_KEY);
            case "DIGEST_OTHER_URI" -> StubHttp.digestAuthorization(nonce, method, "/api/v1/elsewhere", StubFixture.PRIVATE_KEY);
            case "DIGEST_NO_QUERY" -> StubHttp.digestAuthorization(nonce, method, withoutQuery, StubFixture.PRIVATE_KEY)
                    .replace("uri=\"" + withoutQuery + "\"", "uri=\"" + withoutQuery + "\"");
            case "DIGEST_UNKNOWN_NONCE" -> StubHttp.digestAuthorization("never-issued-nonce", method, target, StubFixture.PRIVATE_KEY);
            case "DIGEST_NO_NC" -> StubHttp.digestAuthorization(nonce, method, target, StubFixture.PRIVATE_KEY)
                    .replaceAll(", nc=[0-9a-f]+, cnonce=\"[0-9a-f]+\"", "");
            case "DIGEST_NO_QOP" -> StubHttp.digestAuthorization(nonce, method, target, StubFixture.PRIVATE_KEY).replace(", qop=auth", "");
            case "DIGEST_REALM" -> StubHttp.digestAuthorization(nonce, method, target, StubFixture.PRIVATE_KEY)
                    .replace("realm=\"MMS Public API\"", "realm=\"" + argument + "\"");
            case "DIGEST_ALGORITHM" -> StubHttp.digestAuthorization(nonce, method, target, StubFixture.PRIVATE_KEY)
                    .replace("algorithm=MD5", "algorithm=" + argument);
            case "DIGEST_TAMPERED" -> StubHttp.digestAuthorization(nonce, method, target, StubFixture.PRIVATE_KEY)
                    .replaceAll("response=\"[0-9a-f]", "response=\"z");
            case "DIGEST_USER" -> StubHttp.digestAuthorization(nonce, method, target, StubFixture.PRIVATE_KEY)
                    .replace("username=\"" + StubFixture.PUBLIC_KEY + "\"", "username=\"" + argument + "\"");
            case "DIGEST_DUPLICATE" -> StubHttp.digestAuthorization(nonce, method, target, StubFixture.PRIVATE_KEY) + ", nc=00000002";
            default -> throw new IllegalArgumentException("unknown placeholder " + kind);
        };
    }

    /** A fresh nonce from a challenge, so that each case's counts start from nothing. */
    private static String nonce(StubFixture stub) {
        RawHttp.Reply challenge = RawHttp.exchange(stub.servers().cloudUri(), "GET",
                "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5e2211c17a3e5a48f5497de4/checkpoints", List.of());
        Matcher m = Pattern.compile("nonce=\"([^\"]+)\"").matcher(String.valueOf(challenge.header("WWW-Authenticate")));
        assertThat(m.find()).as("a challenge: %s", challenge.body()).isTrue();
        return m.group(1);
    }

    private static String token(StubFixture stub) {
        String form = "grant_type=client_credentials";
        RawHttp.Reply reply = RawHttp.exchange(stub.servers().cloudUri(), "POST", "/api/oauth/token", List.of(
                java.util.Map.entry("Authorization", basic(StubFixture.CLIENT_ID, StubFixture.CLIENT_SECRET)),
                java.util.Map.entry("Content-Type", "application/x-www-form-urlencoded"),
                java.util.Map.entry("Content-Length", String.valueOf(form.length()))), form);
        try {
            return JSON.readTree(reply.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new AssertionError(reply.body(), e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
