package io.github.mongoapitoolkit.stubs.jersey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A request that needs Jersey before Jersey is built waits and is then served, on the same
 * connection as the requests after it; a build that fails is reported to each request instead.
 */
class DeferredJerseyTest {

    @Path("/built")
    public static final class Built {
        @GET
        public String get() {
            return "served by Jersey";
        }
    }

    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer server;

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.shutdownNow();
        }
    }

    @Test
    void aRequestBeforeTheBuildIsServedOnceJerseyIsBuilt() throws Exception {
        DeferredJersey jersey = DeferredJersey.buildInBackground(List.of(held(() -> new ResourceConfig().register(new Built())))).get(0);
        URI uri = listen((request, response) -> jersey.service(request, response));

        CompletableFuture<HttpResponse<String>> early = http.sendAsync(get(uri), HttpResponse.BodyHandlers.ofString());
        // The build is held: the answer cannot come before the release, however long this waits.
        Thread.sleep(300);
        assertThat(early).isNotDone();
        release.countDown();

        HttpResponse<String> answer = early.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("served by Jersey");
        // The connection is read on after the wait: the next request on it is answered at once.
        assertThat(http.sendAsync(get(uri), HttpResponse.BodyHandlers.ofString()).get(30, TimeUnit.SECONDS).body())
                .isEqualTo("served by Jersey");
        jersey.destroy();
    }

    @Test
    void aFailedBuildIsWhatEachRequestGets() throws Exception {
        DeferredJersey jersey = DeferredJersey.buildInBackground(List.<Supplier<ResourceConfig>>of(() -> {
            throw new IllegalArgumentException("no such resource");
        })).get(0);
        URI uri = listen((request, response) -> {
            try {
                jersey.service(request, response);
            } catch (IllegalStateException e) {
                response.setStatus(500);
                response.getWriter().write(e.getMessage() + " / " + e.getCause().getMessage());
            }
        });

        HttpResponse<String> answer = http.sendAsync(get(uri), HttpResponse.BodyHandlers.ofString()).get(30, TimeUnit.SECONDS);

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).isEqualTo("The stub's Jersey application could not be built / no such resource");
        jersey.destroy();
    }

    private Supplier<ResourceConfig> held(Supplier<ResourceConfig> app) {
        return () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return app.get();
        };
    }

    private interface Handler {
        void service(Request request, Response response) throws Exception;
    }

    private URI listen(Handler handler) throws Exception {
        server = new HttpServer();
        server.addListener(new NetworkListener("test", "127.0.0.1", 0));
        server.getServerConfiguration().addHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws Exception {
                handler.service(request, response);
            }
        }, "/");
        server.start();
        return URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/built");
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).build();
    }
}
