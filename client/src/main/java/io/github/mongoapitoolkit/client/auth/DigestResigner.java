package io.github.mongoapitoolkit.client.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a Digest {@code Authorization} header again for one more attempt of the same request: the
 * same nonce, the next nonce count, a new client nonce (RFC 7616 section 3.4). Retries sit below
 * Jersey's authentication filter, which signs a request once; without this a retry would be a
 * replay, which servers that track {@code nc} refuse.
 */
public final class DigestResigner {

    /** The request property that holds {@code [publicKey, privateKey]} for the request's Digest. */
    public static final String KEY = DigestResigner.class.getName() + ".key";

    private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DigestResigner() {
    }

    /** The header for the next attempt, or empty when {@code authorization} is not a Digest answer with qop auth. */
    public static Optional<String> next(String authorization, String method, Object key) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Digest ", 0, 7) || !(key instanceof String[] pair)) {
            return Optional.empty();
        }
        Map<String, String> p = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(authorization.substring(7));
        while (m.find()) {
            p.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        if (!"auth".equals(p.get("qop")) || p.get("nc") == null || p.get("nonce") == null || p.get("uri") == null) {
            return Optional.empty();
        }
        String nc = String.format("%08x", Long.parseLong(p.get("nc"), 16) + 1);
        String cnonce = HexFormat.of().formatHex(RANDOM.generateSeed(8));
        String ha1 = md5(pair[0] + ":" + p.get("realm") + ":" + pair[1]);
        String ha2 = md5(method + ":" + p.get("uri"));
        String response = md5(ha1 + ":" + p.get("nonce") + ":" + nc + ":" + cnonce + ":auth:" + ha2);
        return Optional.of("Digest username=\"" + pair[0] + "\", realm=\"" + p.get("realm") + "\", nonce=\"" + p.get("nonce")
                + "\", uri=\"" + p.get("uri") + "\", response=\"" + response + "\", algorithm=MD5, qop=auth, nc=" + nc
                + ", cnonce=\"" + cnonce + "\"" + (p.containsKey("opaque") ? ", opaque=\"" + p.get("opaque") + "\"" : ""));
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
