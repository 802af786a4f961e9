package io.github.mongoapitoolkit.stubs.proxy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request or response head: the bytes as sent, and what the proxy reads of them (start line,
 * headers in order, framing). Parsed strictly where a lenient reading would let a request mean
 * one thing to the proxy and another to the upstream (RFC 9112 section 11.2): no folded lines, no
 * space before a colon, one Content-Length, no Content-Length next to Transfer-Encoding.
 */
final class MessageHead {

    /** How a body is delimited. */
    enum Framing {
        NONE, LENGTH, CHUNKED, UNTIL_CLOSE
    }

    private final byte[] raw;
    private final String startLine;
    private final List<String[]> headers;

    private MessageHead(byte[] raw, String startLine, List<String[]> headers) {
        this.raw = raw;
        this.startLine = startLine;
        this.headers = headers;
    }

    static MessageHead parse(byte[] raw) {
        // ISO-8859-1 maps every byte to one char, so header values survive whatever their bytes are.
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        List<String[]> headers = new ArrayList<>(12);
        int lineEnd = text.indexOf('\n');
        String startLine = stripCr(text, 0, lineEnd < 0 ? text.length() : lineEnd);
        int start = lineEnd + 1;
        while (lineEnd >= 0 && start < text.length()) {
            lineEnd = text.indexOf('\n', start);
            String line = stripCr(text, start, lineEnd < 0 ? text.length() : lineEnd);
            start = lineEnd + 1;
            if (line.isEmpty()) {
                break;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                throw new MalformedMessageException("a header line is folded (RFC 9112 section 5.2)");
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line, 0, colon)) {
                throw new MalformedMessageException("a header line has no valid name");
            }
            headers.add(new String[] {line.substring(0, colon), line.substring(colon + 1).strip()});
        }
        return new MessageHead(raw, startLine, Collections.unmodifiableList(headers));
    }

    private static String stripCr(String text, int from, int to) {
        return to > from && text.charAt(to - 1) == '\r' ? text.substring(from, to - 1) : text.substring(from, to);
    }

    /** RFC 9110 section 5.6.2: a token is one or more of these characters. */
    private static boolean isToken(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String text, int maxLength) {
        if (text.isEmpty() || text.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    byte[] raw() {
        return raw;
    }

    String startLine() {
        return startLine;
    }

    /** The request's method, target and version; a 400 when the line is not one. */
    String[] requestLine() {
        String[] parts = startLine.split(" ", -1);
        if (parts.length != 3 || !isToken(parts[0], 0, parts[0].length()) || parts[1].isEmpty()
                || !parts[2].equals("HTTP/1.1") && !parts[2].equals("HTTP/1.0")) {
            throw new MalformedMessageException("the request line is not METHOD TARGET HTTP/1.x");
        }
        return parts;
    }

    /** A response's status; the upstream's answer is not HTTP/1.x when it has none. */
    int status() {
        String[] parts = startLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !isDigits(parts[1], 3) || parts[1].length() != 3
                || parts[1].charAt(0) < '1' || parts[1].charAt(0) > '5') {
            throw new MalformedMessageException("the upstream's status line is not HTTP/1.x: " + startLine);
        }
        return Integer.parseInt(parts[1]);
    }

    boolean isHttp10() {
        return startLine.endsWith("HTTP/1.0") || startLine.startsWith("HTTP/1.0");
    }

    List<String> values(String name) {
        List<String> values = new ArrayList<>(1);
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                values.add(header[1]);
            }
        }
        return values;
    }

    /** Headers as the conformance check takes them, names without case. */
    Map<String, List<String>> headerMap() {
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String[] header : headers) {
            map.computeIfAbsent(header[0], n -> new ArrayList<>()).add(header[1]);
        }
        return map;
    }

    /** Every header but one, as text: what decides a judgement, the {@code Date} that changes every second left out. */
    String headersWithout(String name) {
        StringBuilder text = new StringBuilder(raw.length);
        for (String[] header : headers) {
            if (!header[0].equalsIgnoreCase(name)) {
                text.append(header[0]).append(':').append(header[1]).append('\n');
            }
        }
        return text.toString();
    }

    boolean hasToken(String name, String token) {
        for (String value : values(name)) {
            for (String part : value.split(",")) {
                if (part.strip().equalsIgnoreCase(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The request's framing (RFC 9112 section 6.3): a body only with Content-Length or chunked. */
    Framing requestFraming() {
        List<String> encodings = values("Transfer-Encoding");
        if (!encodings.isEmpty()) {
            if (!values("Content-Length").isEmpty()) {
                throw new MalformedMessageException("the request has both Transfer-Encoding and Content-Length");
            }
            if (!lastCodingIsChunked(encodings)) {
                throw new MalformedMessageException("the request's Transfer-Encoding does not end in chunked");
            }
            return Framing.CHUNKED;
        }
        return contentLength() < 0 ? Framing.NONE : contentLength() == 0 ? Framing.NONE : Framing.LENGTH;
    }

    /** A response's framing, given the request's method and the status. */
    Framing responseFraming(String requestMethod, int status) {
        if (requestMethod.equals("HEAD") || status < 200 || status == 204 || status == 304) {
            return Framing.NONE;
        }
        List<String> encodings = values("Transfer-Encoding");
        if (!encodings.isEmpty()) {
            return lastCodingIsChunked(encodings) ? Framing.CHUNKED : Framing.UNTIL_CLOSE;
        }
        long length = contentLength();
        return length < 0 ? Framing.UNTIL_CLOSE : Framing.LENGTH;
    }

    /** The one Content-Length, -1 when there is none. */
    long contentLength() {
        List<String> values = values("Content-Length");
        if (values.isEmpty()) {
            return -1;
        }
        String first = null;
        for (String value : values) {
            for (String part : value.split(",")) {
                String length = part.strip();
                if (!isDigits(length, 18) || first != null && !first.equals(length)) {
                    throw new MalformedMessageException("Content-Length is not one decimal number");
                }
                first = length;
            }
        }
        return Long.parseLong(first);
    }

    /** The same head with one header's value replaced (added when absent); every other byte kept. */
    MessageHead withHeader(String name, String value) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder(text.length() + 32);
        int start = text.indexOf('\n') + 1;
        out.append(text, 0, start);
        boolean replaced = false;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            boolean isEnd = end - start <= 2 && (text.charAt(start) == '\r' || text.charAt(start) == '\n');
            int colon = text.indexOf(':', start);
            if (!isEnd && colon > start && colon < end && text.regionMatches(true, start, name, 0, name.length())
                    && colon - start == name.length()) {
                if (!replaced) {
                    out.append(text, start, colon).append(": ").append(value).append(text.charAt(end - 2) == '\r' ? "\r\n" : "\n");
                    replaced = true;
                }
            } else {
                if (isEnd && !replaced) {
                    out.append(name).append(": ").append(value).append("\r\n");
                    replaced = true;
                }
                out.append(text, start, end);
            }
            start = end;
        }
        return parse(out.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean lastCodingIsChunked(List<String> encodings) {
        String[] codings = encodings.get(encodings.size() - 1).split(",");
        return codings[codings.length - 1].strip().toLowerCase(Locale.ROOT).equals("chunked");
    }
}
