package io.github.mongoapitoolkit.conformance;

import java.net.URI;

/**
 * A request path as RFC 3986 section 6 normalises it: unreserved characters decoded, dot segments
 * removed, above the root staying at the root. Written independently of the stub's own
 * normalisation, so that each checks the other.
 */
final class TargetNormalisation {

    private TargetNormalisation() {
    }

    static String path(String rawPath) {
        StringBuilder decoded = new StringBuilder();
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%' && i + 2 < rawPath.length() && isHex(rawPath.charAt(i + 1)) && isHex(rawPath.charAt(i + 2))) {
                int value = Integer.parseInt(rawPath.substring(i + 1, i + 3), 16);
                if (value < 128 && (Character.isLetterOrDigit(value) || "-._~".indexOf(value) >= 0)) {
                    decoded.append((char) value);
                    i += 2;
                    continue;
                }
            }
            decoded.append(c);
        }
        String normal;
        try {
            normal = URI.create(decoded.toString()).normalize().getRawPath();
        } catch (IllegalArgumentException notAUri) {
            return decoded.toString(); // no operation will match it; the answer is judged as undeclared
        }
        if (normal == null || normal.isEmpty()) {
            return "/";
        }
        while (normal.startsWith("/../")) {
            normal = normal.substring(3); // RFC 3986 section 5.2.4
        }
        return normal;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
