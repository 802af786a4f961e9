package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The stub serves requests on its selector threads; a client that sends its headers and then
 * dawdles over the body must neither stall other clients nor lose its own request.
 */
class SlowClientTest {

    private static final String BODY = "{\"source\":\"cluster0\",\"destination\":\"cluster1\"}";
    private static StubFixture stub;

    @BeforeAll
    static void start() {
        stub = new StubFixture();
        stub.clock().advance(Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void unfinishedBodiesStallNeitherOtherClientsNorThemselves() throws Exception {
        URI uri = stub.servers().mongosyncUri();
        int slowClients = 8; // more than the selector threads of a large machine
        CountDownLatch headersSent = new CountDownLatch(slowClients);
        CountDownLatch releaseBodies = new CountDownLatch(1);
        List<CompletableFuture<String>> slow = new ArrayList<>();
        for (int i = 0; i < slowClients; i++) {
            slow.add(CompletableFuture.supplyAsync(() -> {
                try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /api/v1/start HTTP/1.1\r\nHost: stub\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + BODY.length() + "\r\n\r\n" + BODY.substring(0, 1))
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    headersSent.countDown();
                    releaseBodies.await();
                    out.write(BODY.substring(1).getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    return statusLine(socket.getInputStream());
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        assertThat(headersSent.await(10, TimeUnit.SECONDS)).isTrue();

        // While every slow body is pending, progress still answers on fresh connections.
        for (int i = 0; i < 20; i++) {
            try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                socket.setSoTimeout(2_000);
                socket.getOutputStream().write("GET /api/v1/progress HTTP/1.1\r\nHost: stub\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 200 OK");
            }
        }

        releaseBodies.countDown();
        List<String> answers = new ArrayList<>();
        for (CompletableFuture<String> f : slow) {
            answers.add(f.get(20, TimeUnit.SECONDS));
        }
        // Exactly one start wins; the others are refused as mongosync refuses them, none is lost.
        assertThat(answers).containsOnly("HTTP/1.1 200 OK", "HTTP/1.1 409 Conflict");
        assertThat(answers).filteredOn("HTTP/1.1 200 OK"::equals).hasSize(1);
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\r') {
            line.append((char) c);
        }
        return line.toString();
    }
}
