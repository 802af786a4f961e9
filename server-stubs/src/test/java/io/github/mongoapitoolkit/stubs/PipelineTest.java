package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.stubs.auth.DigestAuthenticator;
import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The request pipeline as a whole: a check added to it applies to the fast path and to Jersey
 * alike; what an operation accepts follows its spec's {@code security}; the nonce store stays
 * bounded under a flood of challenges; slow bodies stall nobody; a stalled body is answered.
 */
class PipelineTest {

    private static final String LIST = "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5e2211c17a3e5a48f5497de4/checkpoints";
    private static final String ATLAS = "/api/atlas/v2/groups/5e2211c17a3e5a48f5497de3/liveMigrations/32b6e34b3d91647abb20e7b8";

    /** A check a test adds: refuses any request that carries {@code X-Refuse}, in the route's API shape. */
    private static final Admission REFUSE_MARKED = exchange -> exchange.header("X-Refuse") == null ? Optional.empty()
            : Optional.of(exchange.api().error(409, "REFUSED_BY_TEST", "Refused by the added check.", List.of(), Map.of()));

    @Test
    void aCheckAddedToThePipelineAppliesToTheFastPathAndToJerseyAlike() {
        for (boolean fastPath : new boolean[] {true, false}) {
            try (StubFixture stub = new StubFixture(StubServerOptions.defaults().withPorts(0, 0).withQuiet(true).withFastPath(fastPath),
                    StubFixture.SPECS, System::currentTimeMillis, List.of(REFUSE_MARKED))) {
                URI mongosync = stub.servers().mongosyncUri();
                RawHttp.Reply plain = RawHttp.exchange(mongosync, "GET", "/api/v1/progress", List.of());
                RawHttp.Reply marked = RawHttp.exchange(mongosync, "GET", "/api/v1/progress", List.of(Map.entry("X-Refuse", "1")));
                RawHttp.Reply markedCloud = RawHttp.exchange(stub.servers().cloudUri(), "GET", LIST, List.of(Map.entry("X-Refuse", "1"),
                        Map.entry("Authorization", digest(stub, "GET", LIST))));

                assertThat(plain.status()).as("fast path %s", fastPath).isEqualTo(200);
                assertThat(marked.status()).as("fast path %s", fastPath).isEqualTo(409);
                assertThat(marked.body()).contains("REFUSED_BY_TEST");
                assertThat(markedCloud.status()).isEqualTo(409);
                assertThat(markedCloud.body()).contains("\"errorCode\":\"REFUSED_BY_TEST\"");
                assertThat(stub.servers().fastPathAnswers()).as("fast answers, fast path %s", fastPath).isEqualTo(fastPath ? 1 : 0);
            }
        }
    }

    @Test
    void opsManagerAcceptsWhatItsSpecSecuritySaysWithNoCodeEdit() {
        String spec = ApiSpecs.text("ops-manager-checkpoints")
                .replace("security:\n  - DigestAuth: []\n", "security:\n  - ServiceAccounts: []\n")
                .replace("  securitySchemes:\n", "  securitySchemes:\n    ServiceAccounts:\n      type: oauth2\n"
                        + "      description: Service account tokens.\n      flows:\n        clientCredentials:\n"
                        + "          tokenUrl: https://cloud.mongodb.com/api/oauth/token\n          scopes: {}\n");
        assertThat(spec).contains("  - ServiceAccounts: []");
        try (StubFixture asReleased = new StubFixture(); StubFixture bearerOnly = new StubFixture(
                StubServerOptions.defaults().withPorts(0, 0).withQuiet(true), StubFixture.SPECS.with("ops-manager-checkpoints", spec),
                System::currentTimeMillis, List.of())) {
            assertThat(RawHttp.exchange(asReleased.servers().cloudUri(), "GET", LIST,
                    List.of(Map.entry("Authorization", "Bearer " + token(asReleased)))).status()).isEqualTo(401);
            assertThat(RawHttp.exchange(asReleased.servers().cloudUri(), "GET", LIST,
                    List.of(Map.entry("Authorization", digest(asReleased, "GET", LIST)))).status()).isEqualTo(200);

            assertThat(RawHttp.exchange(bearerOnly.servers().cloudUri(), "GET", LIST,
                    List.of(Map.entry("Authorization", "Bearer " + token(bearerOnly)))).status()).isEqualTo(200);
            // It issues no Digest challenge any more; a correctly signed header on another server's nonce is no credential.
            RawHttp.Reply digest = RawHttp.exchange(bearerOnly.servers().cloudUri(), "GET", LIST,
                    List.of(Map.entry("Authorization", digest(asReleased, "GET", LIST))));
            assertThat(digest.status()).isEqualTo(401);
            assertThat(digest.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void atlasRefusesBearerTokensWhenItsSpecAcceptsOnlyDigest() {
        String spec = ApiSpecs.text("atlas-live-migrations").replace("security:\n  - ServiceAccounts: []\n  - DigestAuth: []\n",
                "security:\n  - DigestAuth: []\n");
        try (StubFixture digestOnly = new StubFixture(StubServerOptions.defaults().withPorts(0, 0).withQuiet(true),
                StubFixture.SPECS.with("atlas-live-migrations", spec), System::currentTimeMillis, List.of())) {
            List<Map.Entry<String, String>> bearer = List.of(Map.entry("Accept", StubHttp.ATLAS_JSON),
                    Map.entry("Authorization", "Bearer " + token(digestOnly)));
            assertThat(RawHttp.exchange(digestOnly.servers().cloudUri(), "GET", ATLAS, bearer).status()).isEqualTo(401);
        }
    }

    @Test
    void aMillionChallengesLeaveTheNonceStoreWithinItsBound() {
        long[] now = {0};
        DigestAuthenticator digest = new DigestAuthenticator("k", "s", 300_000, () -> now[0]);
        for (int i = 0; i < 1_000_000; i++) {
            digest.challenge(false);
            if (i % 1000 == 0) {
                now[0] += 10;
            }
        }
        assertThat(digest.rememberedNonces()).isLessThanOrEqualTo(DigestAuthenticator.MAX_NONCES);
        now[0] += 300_001;
        digest.challenge(false);
        assertThat(digest.rememberedNonces()).as("all but the newest expired").isEqualTo(1);
    }

    @Test
    @Timeout(120)
    void postsOnBothPortsAnswerWhile64ConnectionsTrickleBodies() throws Exception {
        try (StubFixture stub = new StubFixture()) {
            List<Socket> tricklers = new ArrayList<>();
            try {
                for (int i = 0; i < 64; i++) {
                    URI server = i % 2 == 0 ? stub.servers().mongosyncUri() : stub.servers().cloudUri();
                    String path = i % 2 == 0 ? "/api/v1/start" : "/api/oauth/token";
                    Socket socket = new Socket(server.getHost(), server.getPort());
                    socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
                    tricklers.add(socket);
                }
                for (int round = 0; round < 3; round++) {
                    for (Socket socket : tricklers) {
                        OutputStream out = socket.getOutputStream();
                        out.write(' ');
                        out.flush();
                    }
                    long started = System.nanoTime();
                    RawHttp.Reply pause = RawHttp.exchange(stub.servers().mongosyncUri(), "POST", "/api/v1/pause",
                            List.of(Map.entry("Content-Length", "2")), "{}");
                    RawHttp.Reply tokenRequest = RawHttp.exchange(stub.servers().cloudUri(), "POST", "/api/oauth/token", List.of(
                            Map.entry("Authorization", StubHttp.basicClientCredentials()),
                            Map.entry("Content-Type", "application/x-www-form-urlencoded"), Map.entry("Content-Length", "29")),
                            "grant_type=client_credentials");
                    assertThat(pause.status()).isEqualTo(409);
                    assertThat(tokenRequest.status()).isEqualTo(200);
                    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("hang detector, not a speed check")
                            .isLessThan(Duration.ofSeconds(20));
                }
            } finally {
                for (Socket socket : tricklers) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void aStalledBodyGetsTheApiErrorAndTheConnectionIsClosed() throws Exception {
        try (StubFixture stub = new StubFixture(StubServerOptions.defaults().withPorts(0, 0).withQuiet(true).withBodyTimeout(1),
                StubFixture.SPECS, System::currentTimeMillis, List.of())) {
            RawHttp.RawReply mongosync = RawHttp.raw(stub.servers().mongosyncUri(),
                    "POST /api/v1/start HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"source\"");
            RawHttp.RawReply token = RawHttp.raw(stub.servers().cloudUri(),
                    "POST /api/oauth/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\ngrant");
            assertThat(mongosync.reply().status()).isEqualTo(400);
            assertThat(mongosync.reply().errorCode()).isEqualTo("RequestTimeout");
            assertThat(mongosync.closed()).isTrue();
            assertThat(token.reply().status()).isEqualTo(400);
            assertThat(token.reply().errorCode()).isEqualTo("invalid_request");
            assertThat(Conformance.errorBodyProblems("oauth", token.reply().body())).isEmpty();
            assertThat(Conformance.errorBodyProblems("mongosync", mongosync.reply().body())).isEmpty();
        }
    }

    private static String digest(StubFixture stub, String method, String target) {
        RawHttp.Reply challenge = RawHttp.exchange(stub.servers().cloudUri(), method, target, List.of());
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(challenge.header("WWW-Authenticate"));
        assertThat(nonce.find()).isTrue();
        return StubHttp.digestAuthorization(nonce.group(1), method, target, StubFixture.PRIVATE_KEY);
    }

    private static String token(StubFixture stub) {
        RawHttp.Reply reply = RawHttp.exchange(stub.servers().cloudUri(), "POST", "/api/oauth/token", List.of(
                Map.entry("Authorization", StubHttp.basicClientCredentials()),
                Map.entry("Content-Type", "application/x-www-form-urlencoded"), Map.entry("Content-Length", "29")),
                "grant_type=client_credentials");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }
}
