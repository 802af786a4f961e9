package io.github.mongoapitoolkit.stubs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection, for requests no client library sends
 * as written: repeated headers, odd {@code Host} values, raw paths with dot segments or matrix
 * parameters.
 */
final class RawHttp {

    /** A response as received, its body de-chunked. */
    record Reply(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        /** The stable code of an error body: {@code errorCode} (Atlas, Ops Manager) or {@code error}. */
        String errorCode() {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"errorCode\":\"([^\"]+)\"").matcher(body);
            if (m.find()) {
                return m.group(1);
            }
            m = java.util.regex.Pattern.compile("\"error\":\"([^\"]+)\"").matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }

    private RawHttp() {
    }

    /**
     * Sends {@code method target} with the headers as given, in order, then {@code Connection: close}.
     * A header without a {@code Host} entry gets the server's own address.
     */
    static Reply exchange(URI server, String method, String target, List<Map.Entry<String, String>> headers) {
        return exchange(server, method, target, headers, "");
    }

    /** As {@link #exchange(URI, String, String, List)}, with a body; its Content-Length is the caller's to send. */
    static Reply exchange(URI server, String method, String target, List<Map.Entry<String, String>> headers, String body) {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        if (headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Host"))) {
            request.append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n");
        }
        headers.forEach(h -> request.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
        request.append("Connection: close\r\n\r\n").append(body);
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            return parse(method, socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target + " failed", e);
        }
    }

    /** What came back for raw request bytes: the first response, and whether the server then closed the connection. */
    record RawReply(Reply reply, boolean closed) {
    }

    /**
     * Sends {@code request} exactly as given (ISO-8859-1, so that any byte can be written) and reads
     * one response: its head, then its body by {@code Content-Length}, chunks, or up to the close.
     */
    static RawReply raw(URI server, String request) {
        return raw(server, request, true);
    }

    /** As {@link #raw(URI, String)}; {@code waitForClose} false does not wait to see whether the server closes. */
    static RawReply raw(URI server, String request, boolean waitForClose) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(3_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("connection closed before a whole response head: " + head.toString(StandardCharsets.ISO_8859_1));
                }
                head.write(b);
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            while (text.startsWith("HTTP/1.1 100")) {
                text = text.substring(text.indexOf("\r\n\r\n") + 4);
                if (!text.endsWith("\r\n\r\n") || text.isEmpty()) {
                    ByteArrayOutputStream more = new ByteArrayOutputStream();
                    more.write(text.getBytes(StandardCharsets.ISO_8859_1));
                    while (!more.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                        int b = in.read();
                        if (b < 0) {
                            throw new IOException("connection closed after 100 Continue");
                        }
                        more.write(b);
                    }
                    text = more.toString(StandardCharsets.ISO_8859_1);
                }
            }
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(text);
            byte[] body;
            boolean isHead = request.startsWith("HEAD ");
            if (isHead) {
                body = new byte[0];
            } else if (length.find()) {
                body = in.readNBytes(Integer.parseInt(length.group(1)));
            } else if (text.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = readChunked(in);
            } else {
                body = new byte[0];
            }
            boolean closed = false;
            socket.setSoTimeout(1_000);
            try {
                if (!waitForClose) {
                    throw new java.net.SocketTimeoutException("not asked");
                }
                closed = in.read() < 0;
            } catch (java.net.SocketTimeoutException stillOpen) {
                closed = false;
            } catch (java.net.SocketException reset) {
                closed = true;
            }
            byte[] all = new byte[text.length() + body.length];
            System.arraycopy(text.getBytes(StandardCharsets.ISO_8859_1), 0, all, 0, text.length());
            System.arraycopy(body, 0, all, text.length(), body.length);
            return new RawReply(parse(isHead ? "HEAD" : "GET", all), closed);
        } catch (IOException e) {
            throw new UncheckedIOException("raw request failed: " + request.replace("\r\n", "\\r\\n"), e);
        }
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("chunked body ends early");
                }
                size.append((char) c);
            }
            raw.write((size + "\n").getBytes(StandardCharsets.ISO_8859_1));
            int length = Integer.parseInt(size.toString().trim().split(";")[0], 16);
            raw.write(in.readNBytes(length + 2));
            if (length == 0) {
                return raw.toByteArray();
            }
        }
    }

    private static Reply parse(String method, byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete response head in: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        byte[] rest = Arrays.copyOfRange(raw, end + 4, raw.length);
        if (method.equals("HEAD")) {
            rest = new byte[0];
        } else if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            rest = dechunk(rest);
        }
        return new Reply(status, headers, new String(rest, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(chunked);
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("chunked body ends early");
                }
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int length = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            in.readNBytes(2);
        }
    }
}
