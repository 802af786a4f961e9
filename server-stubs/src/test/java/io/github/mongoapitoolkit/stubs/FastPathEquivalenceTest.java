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
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast path answers exactly as Jersey does. Two servers, one with the fast path and one
 * without, get the same requests from {@code fast-path/equivalence.yaml} in the same order; every
 * pair of answers must agree in status, headers and body (framing, {@code Date} and Digest nonces
 * aside), including the rate limit counts, and every answer of the fast server must conform to
 * its spec.
 */
class FastPathEquivalenceTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A wall clock that stands still: no nonce expires and no rate limit window turns over. */
    private static final long NOW = 1_800_000_000_000L;
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final String PROBE = "/api/atlas/v2/groups/5e2211c17a3e5a48f5497de3/liveMigrations/32b6e34b3d91647abb20e7b8";

    private static JsonNode corpus;
    private static Caller fast;
    private static Caller jersey;

    /** A request as the corpus names it; the authorization is computed per server. */
    record Exchange(boolean mongosync, String method, String target, String accept, String authorization, String host) {
        @Override
        public String toString() {
            return method + " " + target + " [accept " + accept + ", auth " + authorization + ", host " + host + "]";
        }
    }

    /** One server and what a caller holds for it: a nonce it issued and a bearer token. */
    record Caller(StubFixture stub, String nonce, String token) {
        static Caller of(StubFixture stub) {
            RawHttp.Reply challenge = RawHttp.exchange(stub.servers().cloudUri(), "GET", PROBE,
                    List.of(Map.entry("Accept", "application/vnd.atlas.2023-01-01+json")));
            Matcher nonce = NONCE.matcher(String.valueOf(challenge.header("WWW-Authenticate")));
            assertThat(nonce.find()).as("challenge %s %s", challenge.status(), challenge.headers()).isTrue();
            RawHttp.Reply token = RawHttp.exchange(stub.servers().cloudUri(), "POST", "/api/oauth/token", List.of(
                    Map.entry("Authorization", basic()), Map.entry("Content-Type", "application/x-www-form-urlencoded"),
                    Map.entry("Content-Length", "29")), "grant_type=client_credentials");
            assertThat(token.status()).as(token.body()).isEqualTo(200);
            try {
                return new Caller(stub, nonce.group(1), JSON.readTree(token.body()).get("access_token").asText());
            } catch (IOException e) {
                throw new AssertionError("token answer is not JSON: " + token.body(), e);
            }
        }

        RawHttp.Reply send(Exchange e) {
            URI server = e.mongosync() ? stub.servers().mongosyncUri() : stub.servers().cloudUri();
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            if (!e.host().equals("server")) {
                headers.add(Map.entry("Host", e.host()));
            }
            switch (e.accept()) {
                case "none" -> { }
                case "twice" -> {
                    headers.add(Map.entry("Accept", "application/json"));
                    headers.add(Map.entry("Accept", "text/html"));
                }
                default -> headers.add(Map.entry("Accept", e.accept()));
            }
            authorization(e).ifPresent(value -> headers.add(Map.entry("Authorization", value)));
            return RawHttp.exchange(server, e.method(), e.target(), headers);
        }

        private Optional<String> authorization(Exchange e) {
            String uri = e.target();
            return Optional.ofNullable(switch (e.authorization()) {
                case "none" -> null;
                case "digest" -> StubHttp.digestAuthorization(nonce, e.method(), uri, StubFixture.PRIVATE_KEY);
                case "digest-wrong-key" -> StubHttp.digestAuthorization(nonce, e.method(), uri, "not-the-key");
                case "digest-unknown-nonce" -> StubHttp.digestAuthorization("never-issued", e.method(), uri, StubFixture.PRIVATE_KEY);
                case "digest-other-target" -> StubHttp.digestAuthorization(nonce, e.method(), "/api/v1/elsewhere", StubFixture.PRIVATE_KEY);
                case "bearer" -> "Bearer " + token;
                case "bearer-unknown" -> "Bearer not-a-token-we-issued";
                case "basic" -> basic();
                default -> throw new IllegalArgumentException("unknown authorization " + e.authorization());
            });
        }

        /** The answer with what may differ between two servers made uniform. */
        String normalised(RawHttp.Reply reply) {
            Map<String, List<String>> headers = new TreeMap<>(reply.headers());
            headers.keySet().removeAll(List.of("date", "content-length", "transfer-encoding", "connection"));
            String ownAddress = "127.0.0.1:" + stub.servers().cloudUri().getPort();
            String mongosyncAddress = "127.0.0.1:" + stub.servers().mongosyncUri().getPort();
            return (reply.status() + " " + headers + "\n" + reply.body())
                    .replace(ownAddress, "SERVER").replace(mongosyncAddress, "SERVER")
                    .replaceAll("nonce=\"[^\"]+\"", "nonce=\"N\"");
        }
    }

    @BeforeAll
    static void start() throws IOException {
        try (InputStream in = FastPathEquivalenceTest.class.getResourceAsStream("/fast-path/equivalence.yaml")) {
            corpus = YAML.readTree(in);
        }
        fast = Caller.of(new StubFixture(100_000, 300, true, () -> NOW));
        jersey = Caller.of(new StubFixture(100_000, 300, false, () -> NOW));
    }

    @AfterAll
    static void stop() {
        for (Caller caller : new Caller[] {fast, jersey}) {
            if (caller != null) {
                caller.stub().close();
            }
        }
    }

    @Test
    void bothPathsGiveTheSameAnswerToEveryRequestOfTheCorpus() {
        List<Exchange> exchanges = exchanges();
        List<String> differences = new ArrayList<>();
        List<String> nonConforming = new ArrayList<>();
        long fastBefore = fast.stub().servers().fastPathAnswers();
        long plainSuccesses = 0;
        List<String> unexpectedlyFast = new ArrayList<>();
        for (Exchange e : exchanges) {
            long before = fast.stub().servers().fastPathAnswers();
            RawHttp.Reply a = fast.send(e);
            RawHttp.Reply b = jersey.send(e);
            // An empty query ("path?") is no query.
            boolean plainSuccess = e.method().equals("GET") && !e.target().matches(".*\\?.+") && b.status() == 200;
            if (plainSuccess) {
                plainSuccesses++;
            }
            if ((fast.stub().servers().fastPathAnswers() > before) != plainSuccess) {
                unexpectedlyFast.add(e + " -> " + a.status());
            }
            String left = fast.normalised(a);
            String right = jersey.normalised(b);
            if (!left.equals(right)) {
                differences.add(e + "\n  fast:   " + left + "\n  jersey: " + right);
            }
            if (e.method().equals("HEAD")) {
                continue; // the GET's answer without its body, which the validator cannot read
            }
            URI target = URI.create("http://h" + e.target());
            // A ';' is path data: such a path matches no operation, or an id that fails its pattern.
            String path = target.getRawPath();
            var problems = Conformance.problems(e.mongosync(), e.method(), path, target.getRawQuery(),
                    a.status(), a.headers(), a.body());
            if (!problems.isEmpty()) {
                nonConforming.add(e + " -> " + a.status() + " " + problems);
            }
        }
        assertThat(exchanges).hasSizeGreaterThan(2_500);
        // The fast path answers exactly the plain successes it is meant to, and the other server none.
        assertThat(plainSuccesses).isGreaterThan(50);
        assertThat(unexpectedlyFast).as("answered by the fast path, or not, against expectation").isEmpty();
        assertThat(fast.stub().servers().fastPathAnswers() - fastBefore).isEqualTo(plainSuccesses);
        assertThat(jersey.stub().servers().fastPathAnswers()).isZero();
        assertThat(differences).as("%d of %d answers differ", differences.size(), exchanges.size()).isEmpty();
        assertThat(nonConforming).as("%d of %d answers break the spec", nonConforming.size(), exchanges.size()).isEmpty();
    }

    @Test
    void bothPathsCountTowardsOneRateLimitAlike() {
        for (JsonNode sequence : corpus.get("overTheLimit")) {
            try (StubFixture withFastPath = new StubFixture(3, 300, true, () -> NOW);
                    StubFixture withoutFastPath = new StubFixture(3, 300, false, () -> NOW)) {
                Caller a = Caller.of(withFastPath);
                Caller b = Caller.of(withoutFastPath);
                List<String> statuses = new ArrayList<>();
                for (JsonNode step : sequence) {
                    String target = step.asText().equals("fast") ? PROBE : PROBE + "?pretty=false";
                    Exchange e = new Exchange(false, "GET", target, "application/vnd.atlas.2023-01-01+json", "digest", "server");
                    RawHttp.Reply fromFast = a.send(e);
                    RawHttp.Reply fromJersey = b.send(e);
                    assertThat(a.normalised(fromFast)).as("%s in %s", e, sequence).isEqualTo(b.normalised(fromJersey));
                    statuses.add(fromFast.status() + " " + fromFast.header("RateLimit-Remaining"));
                }
                assertThat(statuses).as("sequence %s", sequence)
                        .containsExactly("200 2", "200 1", "200 0", "429 0", "429 0");
            }
        }
    }

    /** The corpus expanded: every combination it names, then a seeded sample with other methods. */
    private static List<Exchange> exchanges() {
        List<Exchange> all = new ArrayList<>();
        JsonNode mongosync = corpus.get("mongosync");
        JsonNode cloud = corpus.get("cloud");
        for (String target : strings(mongosync.get("targets"))) {
            for (String accept : strings(mongosync.get("accepts"))) {
                all.add(new Exchange(true, "GET", target, accept, "none", "server"));
            }
            for (String host : strings(corpus.get("hosts"))) {
                all.add(new Exchange(true, "GET", target, "none", "none", host));
            }
        }
        for (String target : strings(cloud.get("targets"))) {
            for (String accept : strings(cloud.get("accepts"))) {
                for (String authorization : strings(cloud.get("authorizations"))) {
                    all.add(new Exchange(false, "GET", target, accept, authorization, "server"));
                }
            }
            for (String host : strings(corpus.get("hosts"))) {
                all.add(new Exchange(false, "GET", target, "none", "digest", host));
            }
        }
        Random random = new Random(corpus.get("seed").asLong());
        List<String> methods = strings(corpus.get("otherMethods"));
        for (int i = 0; i < corpus.get("otherMethodSample").asInt(); i++) {
            boolean toMongosync = random.nextInt(4) == 0;
            JsonNode api = toMongosync ? mongosync : cloud;
            all.add(new Exchange(toMongosync, pick(random, methods), pick(random, strings(api.get("targets"))),
                    pick(random, strings(api.get("accepts"))),
                    toMongosync ? "none" : pick(random, strings(cloud.get("authorizations"))), "server"));
        }
        return all;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((StubFixture.CLIENT_ID + ":" + StubFixture.CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
    }
}
