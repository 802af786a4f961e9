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
 * loading the built-in dataset, starting the first server and answering its first request, then
 * a second and a third server with the specs shared. One line of milliseconds.
 *
 * java -cp server-stubs/target/mongodb-api-stubs.jar benchmarks/StartupTiming.java
 */
public class StartupTiming {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        ApiSpecs specs = ApiSpecs.load();
        long t1 = System.nanoTime();
        var dataset = new DatasetLoader(specs).builtIn();
        long t2 = System.nanoTime();
        StubServerOptions options = StubServerOptions.defaults().withPorts(0, 0).withQuiet(true);
        Credentials credentials = Credentials.fromEnvironment(Map.of());
        StubServers first = StubServers.start(options, dataset, credentials, new ManualClock(), specs);
        long t3 = System.nanoTime();
        HttpClient http = HttpClient.newHttpClient();
        get(http, first.mongosyncUri());
        long t4 = System.nanoTime();
        StubServers second = StubServers.start(options, new DatasetLoader(specs).builtIn(), credentials, new ManualClock(), specs);
        long t5 = System.nanoTime();
        get(http, second.mongosyncUri());
        long t6 = System.nanoTime();
        StubServers third = StubServers.start(options, new DatasetLoader(specs).builtIn(), credentials, new ManualClock(), specs);
        long t7 = System.nanoTime();
        System.out.printf("specs %d dataset %d first-server %d first-request %d second-server %d second-request %d third-server %d total-first %d%n",
                ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5), ms(t5, t6), ms(t6, t7), ms(t0, t4));
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

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
