package io.github.mongoapitoolkit.stubs.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An upstream that answers each request on a connection with the next of a list of raw byte
 * strings, written as they are, and closes the connection after the last (or where an answer is
 * {@link #CLOSE}): for the framings and failures an HTTP library would not produce on purpose.
 */
final class RawUpstream implements AutoCloseable {

    /** Instead of an answer: close the connection without one, once the request has arrived. */
    static final String CLOSE = "<close>";
    /** At the end of an answer: close the connection once it is written (an answer framed by the connection's end). */
    static final String THEN_CLOSE = "<then close>";

    private final ServerSocket server;
    private final List<String> answers;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    RawUpstream(String... answers) {
        this.answers = List.of(answers);
        try {
            server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread thread = new Thread(this::serve, "raw-upstream");
        thread.setDaemon(true);
        thread.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    int connections() {
        return connections.get();
    }

    List<String> requests() {
        return requests;
    }

    private void serve() {
        int next = 0;
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                connections.incrementAndGet();
                InputStream in = socket.getInputStream();
                while (next < answers.size()) {
                    String request = readHead(in);
                    if (request == null) {
                        break;
                    }
                    requests.add(request);
                    String answer = answers.get(next++);
                    if (answer.equals(CLOSE)) {
                        break;
                    }
                    boolean thenClose = answer.endsWith(THEN_CLOSE);
                    String bytes = thenClose ? answer.substring(0, answer.length() - THEN_CLOSE.length()) : answer;
                    socket.getOutputStream().write(bytes.getBytes(StandardCharsets.ISO_8859_1));
                    socket.getOutputStream().flush();
                    if (thenClose || answer.contains("Connection: close")) {
                        break;
                    }
                }
            } catch (IOException e) {
                // the next connection
            }
        }
    }

    /** A request head (requests here have no body); null at the end of the connection. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                return text;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
