package io.github.mongoapitoolkit.contracts.fuzz;

import io.github.mongoapitoolkit.conformance.ConformanceCheck;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mongoapitoolkit.contracts.ApiContract;
import io.github.mongoapitoolkit.conformance.ApiSpec;
import io.github.mongoapitoolkit.conformance.ObservedRequest;
import io.github.mongoapitoolkit.conformance.ObservedResponse;
import io.github.mongoapitoolkit.conformance.Violation;
import io.github.mongoapitoolkit.contracts.StubLauncher;
import io.github.mongoapitoolkit.stubs.StubServers;
import io.github.mongoapitoolkit.stubs.common.ManualClock;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the stub server: {@value #REQUESTS} requests generated from the three specs
 * ({@link RequestGenerator}), valid and invalid. Every response must carry a status the spec
 * declares for the operation (404 or 405 in the API's error shape when the request matches no
 * operation), never a 5xx, and a body valid against the spec. Rerun a failure with
 * {@code -Dfuzz.seed=<seed>}; the failure message prints it.
 *
 * <p>An {@code envelope=true} answer is judged by what it wraps: Atlas and Ops Manager answer 200
 * with {@code {"status": <status>, "content": <body>}} (a list gains {@code status} instead), a
 * transformation the specs document on the parameter rather than on every response.
 */
class StubFuzzTest {

    static final int REQUESTS = 10_000;
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_123L);
    private static final String PUBLIC_KEY = "fuzzpublickey";
    private static final String PRIVATE_KEY = "fuzz-private-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static StubServers stub;
    private static final Map<FuzzRequest.Auth, CloseableHttpClient> CLIENTS = new EnumMap<>(FuzzRequest.Auth.class);

    @BeforeAll
    static void startStub() {
        ManualClock clock = new ManualClock();
        clock.advance(Duration.ofSeconds(3)); // past INITIALIZING
        stub = StubLauncher.start(0, Integer.MAX_VALUE, PUBLIC_KEY, PRIVATE_KEY, clock, System::currentTimeMillis);
        CLIENTS.put(FuzzRequest.Auth.DIGEST, client(PRIVATE_KEY));
        CLIENTS.put(FuzzRequest.Auth.WRONG_PASSWORD, client("not-the-private-key"));
        CLIENTS.put(FuzzRequest.Auth.NONE, HttpClients.custom().disableAutomaticRetries().build());
    }

    @AfterAll
    static void stopStub() throws IOException {
        for (CloseableHttpClient client : CLIENTS.values()) {
            client.close();
        }
        stub.close();
    }

    @Test
    void everyGeneratedRequestGetsADeclaredNon5xxStatusAndASpecValidBody() throws Exception {
        RequestGenerator generator = new RequestGenerator(SEED);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            FuzzRequest request = generator.next();
            Answer answer = send(request);
            statuses.merge(request.api().provider() + " " + answer.status(), 1, Integer::sum);
            List<String> problems = problems(request, answer);
            if (!problems.isEmpty() && failures.size() < 20) {
                failures.add("#" + i + " " + request + " -> " + answer.status() + " " + abbreviate(answer.body()) + ": " + problems);
            }
        }
        System.out.println("fuzz: seed " + SEED + ", " + REQUESTS + " requests, statuses " + statuses);

        assertThat(failures).as("seed " + SEED).isEmpty();
        assertThat(statuses.keySet()).as("the generator reaches successes and refusals on every API")
                .anyMatch(key -> key.startsWith("mongosync 2")).anyMatch(key -> key.startsWith("mongosync 4"))
                .anyMatch(key -> key.startsWith("atlas-live-migrations 2")).anyMatch(key -> key.startsWith("atlas-live-migrations 4"))
                .anyMatch(key -> key.startsWith("ops-manager-checkpoints 2")).anyMatch(key -> key.startsWith("ops-manager-checkpoints 4"));
    }

    private static List<String> problems(FuzzRequest request, Answer answer) {
        List<String> problems = new ArrayList<>();
        if (answer.status() >= 500) {
            problems.add("a 5xx");
        }
        ApiSpec spec = request.api().spec();
        String path = request.path();
        Optional<ApiSpec.Operation> operation = spec.operation(request.method(), path);
        if (request.method().equals("HEAD")) {
            return problems; // No body to judge; the status was checked above.
        }
        Answer judged = enveloped(request.query()) ? unwrapped(answer) : answer;
        if (operation.isEmpty() && !List.of(401, 404, 405).contains(judged.status()) && !versionRefused(request, judged)) {
            problems.add("matches no operation but answered " + judged.status());
        }
        ConformanceCheck port = request.api() == ApiContract.MONGOSYNC ? ConformanceCheck.mongosync() : ConformanceCheck.cloud();
        String target = request.query().isEmpty() ? path : path + "?" + request.query();
        port.check(ObservedRequest.of(request.method(), target), ObservedResponse.of(answer.status(), answer.headers(), answer.body()))
                .forEach(problem -> problems.add(problem.toString()));
        return problems;
    }

    /** Whether the stub reads {@code envelope=true} in a query: the first value, in any case. */
    private static boolean enveloped(String query) {
        for (String pair : query.split("&")) {
            if (pair.startsWith("envelope=")) {
                return pair.substring("envelope=".length()).equalsIgnoreCase("true");
            }
        }
        return false;
    }

    /** The answer an {@code envelope=true} 200 wraps: its status and its content (a list keeps its envelope). */
    private static Answer unwrapped(Answer answer) {
        if (answer.status() != 200 || answer.body() == null) {
            return answer;
        }
        try {
            JsonNode tree = JSON.readTree(answer.body());
            if (!tree.has("status")) {
                return answer;
            }
            JsonNode content = tree.has("content") ? tree.get("content") : ((ObjectNode) tree.deepCopy()).without("status");
            return new Answer(tree.get("status").asInt(), answer.headers(), content.toString());
        } catch (IOException e) {
            return answer;
        }
    }

    /** Atlas resolves the version in Accept before it routes: any path under it may get 406. */
    private static boolean versionRefused(FuzzRequest request, Answer answer) {
        return answer.status() == 406 && request.path().startsWith("/api/atlas/");
    }

    private static Answer send(FuzzRequest request) throws IOException {
        URI server = request.api() == ApiContract.MONGOSYNC ? stub.mongosyncUri() : stub.cloudUri();
        String base = server.toString().replaceAll("/$", "");
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), URI.create(base + request.target()));
        request.headers().forEach(http::setHeader);
        if (request.body() != null) {
            http.setEntity(new StringEntity(request.body(), StandardCharsets.UTF_8));
        }
        CloseableHttpClient client = request.api() == ApiContract.MONGOSYNC ? CLIENTS.get(FuzzRequest.Auth.NONE) : CLIENTS.get(request.auth());
        return client.execute(http, response -> answer(response));
    }

    private static Answer answer(ClassicHttpResponse response) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        String body;
        try {
            body = response.getEntity() == null ? null : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        } catch (org.apache.hc.core5.http.ParseException e) {
            throw new IOException("Unreadable response body", e);
        }
        return new Answer(response.getCode(), headers, body);
    }

    private static CloseableHttpClient client(String privateKey) {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(new AuthScope("127.0.0.1", stub.cloudUri().getPort()),
                new UsernamePasswordCredentials(PUBLIC_KEY, privateKey.toCharArray()));
        return HttpClients.custom().setDefaultCredentialsProvider(credentials).disableAutomaticRetries().build();
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }

    private record Answer(int status, Map<String, List<String>> headers, String body) {
    }
}
