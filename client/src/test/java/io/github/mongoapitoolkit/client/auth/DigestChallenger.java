package io.github.mongoapitoolkit.client.auth;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server half of HTTP Digest as Atlas and Ops Manager do it (RFC 7616, MD5, qop auth, one
 * fixed nonce): the challenge it sends, and whether an answer was signed with the key.
 */
final class DigestChallenger {

    static final String REALM = "MMS Public API";
    static final String NONCE = "cVJjUIUOmN5sdU5SZlNGahQR0CyoJYGk";

    private DigestChallenger() {
    }

    /** Answers 401 with the challenge and the Atlas error body. */
    static void challenge(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Digest realm=\"" + REALM + "\", domain=\"\", nonce=\""
                + NONCE + "\", algorithm=MD5, qop=\"auth\", stale=false");
        ChallengingServer.send(exchange, 401, "application/json",
                "{\"error\":401,\"reason\":\"Unauthorized\",\"detail\":\"You are not authorized for this resource.\",\"errorCode\":\"UNEXPECTED_ERROR\"}");
    }

    /** The parameters of the request's Digest answer when it was signed with {@code key}; empty otherwise. */
    static Optional<Map<String, String>> verified(HttpExchange exchange, ApiKey key) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Digest ")) {
            return Optional.empty();
        }
        Map<String, String> p = params(authorization.substring(7));
        String ha1 = md5(key.publicKey() + ":" + REALM + ":" + key.privateKey());
        String ha2 = md5(exchange.getRequestMethod() + ":" + p.get("uri"));
        String expected = md5(ha1 + ":" + NONCE + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
        boolean valid = key.publicKey().equals(p.get("username")) && REALM.equals(p.get("realm"))
                && NONCE.equals(p.get("nonce")) && "auth".equals(p.get("qop")) && expected.equals(p.get("response"));
        return valid ? Optional.of(p) : Optional.empty();
    }

    private static Map<String, String> params(String header) {
        Map<String, String> params = new HashMap<>();
        Matcher m = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))").matcher(header);
        while (m.find()) {
            params.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return params;
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
