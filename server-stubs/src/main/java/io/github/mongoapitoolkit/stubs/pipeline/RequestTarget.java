package io.github.mongoapitoolkit.stubs.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A request target normalised once, as RFC 3986 section 6 allows, before anything reads it:
 * <ul>
 * <li>percent-encoded unreserved characters ({@code %41} for {@code A}) are decoded, every other
 * percent-encoding is kept (upper-cased), so {@code %2F} never becomes a path separator;
 * <li>dot segments are removed (section 5.2.4), as Grizzly, Jetty and Tomcat do before routing;
 * <li>a {@code ;} in the path is data of its segment, not a matrix parameter: none of these APIs
 * documents one, so {@code /api;x/public/...} matches no operation, and {@code {id};x} is an
 * id that fails its pattern (Jersey, which would drop the matrix part, is given {@code %3B});
 * <li>a character outside RFC 3986's {@code pchar} and a malformed percent-encoding are refused,
 * in the path and in the query, where {@code java.net.URI} and Jersey would fail with a 500.
 * </ul>
 * The raw target stays for what must see the bytes as sent: the Digest {@code uri} comparison.
 */
public record RequestTarget(String path, String query, String raw) {

    /** Why a target was refused; the message is the detail of the API's 400. */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @param rawPath  the path as sent, undecoded
     * @param rawQuery the query as sent without {@code ?}, or null when there is none
     */
    public static RequestTarget parse(String rawPath, String rawQuery) throws Invalid {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            throw new Invalid("The request target must be an absolute path.");
        }
        String raw = rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
        String path = plain(rawPath) ? rawPath : removeDotSegments(normalised(rawPath, false));
        String query = rawQuery == null ? null : normalised(rawQuery, true);
        return new RequestTarget(path, query, raw);
    }

    /** The normalised target, path and query, as Jersey is given it: a {@code ;} stays path data. */
    public String normalised() {
        String jerseyPath = path.replace(";", "%3B");
        return query == null ? jerseyPath : jerseyPath + "?" + query;
    }

    /** The first value of a query parameter, decoded; null when it is absent. */
    public String queryParameter(String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (decode(key).equals(name)) {
                return eq < 0 ? "" : decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notDecodable) {
            return text;
        }
    }

    /** Letters, digits, {@code - _ /} and dots inside segments only: nothing to decode or remove (the hot path). */
    private static boolean plain(String path) {
        char previous = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '/' || (c == '.' && previous != '/' && previous != '.');
            if (!ok) {
                return false;
            }
            previous = c;
        }
        return !path.endsWith("/.") && !path.endsWith("/..") && !path.endsWith(".");
    }

    private static String normalised(String text, boolean query) throws Invalid {
        String part = query ? "query" : "path";
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || hex(text.charAt(i + 1)) < 0 || hex(text.charAt(i + 2)) < 0) {
                    throw new Invalid("The request " + part + " has a malformed percent-encoding.");
                }
                char decoded = (char) (hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                if (unreserved(decoded)) {
                    out.append(decoded);
                } else {
                    out.append('%').append(Character.toUpperCase(text.charAt(i + 1))).append(Character.toUpperCase(text.charAt(i + 2)));
                }
                i += 2;
            } else if (unreserved(c) || subDelimiter(c) || c == ':' || c == '@' || c == '/' || (query && c == '?')) {
                out.append(c);
            } else {
                throw new Invalid("The request " + part + " has a character that must be percent-encoded.");
            }
        }
        return out.toString();
    }

    /** RFC 3986 section 5.2.4, on a path that starts with {@code /}. */
    static String removeDotSegments(String path) {
        Deque<String> kept = new ArrayDeque<>();
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..")) {
                if (segment.equals("..") && !kept.isEmpty()) {
                    kept.removeLast();
                }
                if (last) {
                    kept.addLast("");
                }
            } else {
                kept.addLast(segment);
            }
        }
        return "/" + String.join("/", kept);
    }

    private static boolean unreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static boolean subDelimiter(char c) {
        return "!$&'()*+,;=".indexOf(c) >= 0;
    }

    private static int hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128 ? Character.digit(c, 16) : -1;
    }
}
