package io.github.mongoapitoolkit.stubs.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.conformance.MongoApi;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The framings and failures a real server (or a client) may produce, through the proxy: each
 * answer reaches the client byte for byte, is judged once it is whole, and what is not HTTP is
 * answered in the API's error shape.
 */
class ProxyFramingTest {

    private static final String IDLE = "{\"progress\":{\"state\":\"IDLE\",\"canCommit\":false,\"info\":null,\"lagTimeSeconds\":null,"
            + "\"collectionCopy\":null,\"directionMapping\":null},\"success\":true}";
    private static final String GET = "GET /api/v1/progress HTTP/1.1\r\nHost: x\r\n\r\n";
    private static final String CLOSING_GET = "GET /api/v1/progress HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private ValidatingProxy proxy(URI upstream) {
        ValidatingProxy proxy = ValidatingProxy.start(MongoApi.MONGOSYNC, Upstream.parse(upstream.toString()), "127.0.0.1", 0,
                new DriftReport(MongoApi.MONGOSYNC, upstream.toString(), Clock.systemUTC(), line -> { }));
        open.add(proxy);
        return proxy;
    }

    private RawUpstream upstream(String... answers) {
        RawUpstream upstream = new RawUpstream(answers);
        open.add(upstream);
        return upstream;
    }

    @Test
    void aChunkedAnswerWithATrailerIsForwardedAsSentAndJudgedWhole() throws Exception {
        String answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "10\r\n" + IDLE.substring(0, 16) + "\r\n" + Integer.toHexString(IDLE.length() - 16) + ";ext=1\r\n" + IDLE.substring(16)
                + "\r\n0\r\nX-Trailer: yes\r\n\r\n";
        ValidatingProxy proxy = proxy(upstream(answer).uri());

        assertThat(exchange(proxy.uri(), CLOSING_GET)).isEqualTo(answer);
        proxy.close();
        assertThat(proxy.report().exchanges()).isEqualTo(1);
        assertThat(proxy.findings()).isEmpty();
    }

    @Test
    void anAnswerFramedByTheConnectionsEndEndsTheClientsConnectionToo() throws Exception {
        String answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + IDLE.replace("false", "null");
        ValidatingProxy proxy = proxy(upstream(answer + RawUpstream.THEN_CLOSE).uri());

        assertThat(exchange(proxy.uri(), GET)).isEqualTo(answer);
        proxy.close();
        assertThat(proxy.findings()).singleElement().satisfies(f -> assertThat(f.pointer()).contains("/progress/canCommit"));
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        String first = answer(IDLE);
        String second = answer(IDLE.replace("\"success\":true", "\"success\":true,\"new\":1"));
        ValidatingProxy proxy = proxy(upstream(first, second).uri());

        assertThat(exchange(proxy.uri(), GET + CLOSING_GET)).isEqualTo(first + second);
        proxy.close();
        assertThat(proxy.report().exchanges()).isEqualTo(2);
        assertThat(proxy.report().drift()).isEqualTo(1);
    }

    @Test
    void aKeptAliveConnectionTheServerClosedWhileIdleIsReplacedAndTheRequestSentAgain() throws Exception {
        RawUpstream upstream = upstream(answer(IDLE), RawUpstream.CLOSE, answer(IDLE));
        ValidatingProxy proxy = proxy(upstream.uri());

        try (Socket client = new Socket("127.0.0.1", proxy.port())) {
            client.setSoTimeout(30_000);
            assertThat(roundTrip(client, GET)).isEqualTo(answer(IDLE));
            assertThat(roundTrip(client, GET)).isEqualTo(answer(IDLE));
        }
        assertThat(upstream.connections()).isEqualTo(2);
    }

    @Test
    void whatIsNotAnHttpAnswerIsTheApisBadGateway() throws Exception {
        ValidatingProxy garbage = proxy(upstream("SSH-2.0-OpenSSH_9.2\r\n\r\n").uri());
        ValidatingProxy silent = proxy(upstream(RawUpstream.CLOSE).uri());

        assertThat(exchange(garbage.uri(), GET)).startsWith("HTTP/1.1 502 ").contains("\"error\":\"ProxyBadUpstreamResponse\"");
        assertThat(exchange(silent.uri(), GET)).startsWith("HTTP/1.1 502 ").contains("\"error\":\"ProxyBadUpstreamResponse\"");
    }

    @Test
    void interimAnswersAreForwardedBeforeTheFinalOne() throws Exception {
        String answer = "HTTP/1.1 100 Continue\r\n\r\n" + answer("{\"success\":true}");
        ValidatingProxy proxy = proxy(upstream(answer).uri());

        String reply = exchange(proxy.uri(), "POST /api/v1/pause HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");

        assertThat(reply).isEqualTo(answer);
    }

    private static String answer(String body) {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
    }

    /** Writes the bytes and reads until the proxy closes the connection. */
    private static String exchange(URI proxy, String bytes) throws Exception {
        return ValidatingProxyTest.raw(proxy, bytes);
    }

    /** One request on a kept-alive connection and its answer (Content-Length framed). */
    private static String roundTrip(Socket socket, String request) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        int length = -1;
        while (length < 0 || reply.size() < length) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            reply.write(b);
            String text = reply.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (length < 0 && end >= 0) {
                String header = text.substring(0, end).replaceAll("(?s).*Content-Length: (\\d+).*", "$1");
                length = end + 4 + Integer.parseInt(header);
            }
        }
        return reply.toString(StandardCharsets.ISO_8859_1);
    }
}
