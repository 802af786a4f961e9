import io.github.mongoapitoolkit.stubs.StubServerOptions;
import io.github.mongoapitoolkit.stubs.StubServers;
import io.github.mongoapitoolkit.stubs.auth.Credentials;
import io.github.mongoapitoolkit.stubs.common.ManualClock;
import io.github.mongoapitoolkit.stubs.dataset.DatasetLoader;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * In one fresh JVM, what an in-process harness (MongoApiStubsExtension) pays: parsing the specs,
 * loading the built-in dataset, starting the first server and answering its first request (a
 * progress GET, which a fast route answers), then its first request that Jersey answers (a POST),
 * then a second and a third server with the specs shared. One line of milliseconds. The test's own
 * HTTP client is built first and timed on its own ("client"): it is the consumer's cost, not the
 * stub's, and java.net.http's first client loads about 500 classes.
 *
 * java -cp server-stubs/target/mongodb-api-stubs.jar benchmarks/StartupTiming.java
 */
public class StartupTiming {
    public static void main(String[] args) throws Exception {
        long c0 = System.nanoTime();
        HttpClient http = HttpClient.newHttpClient();
        long t0 = System.nanoTime();
        ApiSpecs specs = ApiSpecs.load();
        long t1 = System.nanoTime();
        var dataset = new DatasetLoader(specs).builtIn();
        long t2 = System.nanoTime();
        StubServerOptions options = StubServerOptions.defaults().withPorts(0, 0).withQuiet(true);
        Credentials credentials = Credentials.fromEnvironment(Map.of());
        StubServers first = StubServers.start(options, dataset, credentials, new ManualClock(), specs);
        long t3 = System.nanoTime();
        get(http, first.mongosyncUri());
        long t4 = System.nanoTime();
        int jerseyStatus = post(http, first.mongosyncUri());
        long t4j = System.nanoTime();
        StubServers second = StubServers.start(options, new DatasetLoader(specs).builtIn(), credentials, new ManualClock(), specs);
        long t5 = System.nanoTime();
        get(http, second.mongosyncUri());
        long t6 = System.nanoTime();
        StubServers third = StubServers.start(options, new DatasetLoader(specs).builtIn(), credentials, new ManualClock(), specs);
        long t7 = System.nanoTime();
        System.out.printf("client %d specs %d dataset %d first-server %d first-request %d first-jersey-request %d second-server %d"
                + " second-request %d third-server %d total-first %d total-first-jersey %d (jersey answered %d)%n",
                ms(c0, t0), ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t4j), ms(t4j, t5), ms(t5, t6), ms(t6, t7),
                ms(t0, t4), ms(t0, t4j), jerseyStatus);
        first.close();
        second.close();
        third.close();
    }

    private static void get(HttpClient http, URI base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/progress")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("first request got " + r.statusCode());
        }
    }

    /** A start that mongosync refuses while it is INITIALIZING (the clock never moves here): Jersey's answer all the same. */
    private static int post(HttpClient http, URI base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/start"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"source\": \"cluster0\", \"destination\": \"cluster1\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 500 || !r.body().contains("\"success\"")) {
            throw new IllegalStateException("first POST got " + r.statusCode() + ": " + r.body());
        }
        return r.statusCode();
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
