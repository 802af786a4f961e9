package io.github.mongoapitoolkit.stubs.auth;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP Digest as Atlas and Ops Manager do it (RFC 7616: realm "MMS Public API", MD5, qop auth).
 * Nonces are issued by the challenge and expire; an answer to an expired or unknown nonce is
 * {@link Outcome#STALE}, so that a client retries with a fresh one instead of asking its user.
 */
public final class DigestAuthenticator {

    public static final String REALM = "MMS Public API";
    private static final Pattern PARAM = Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|([^,\\s]*))");
    private static final int MAX_NONCES = 100_000;
    private static final int MAX_SIGNED = 10_000;

    /** The result of checking an Authorization header. */
    public enum Outcome { VALID, INVALID, STALE }

    private final String publicKey;
    private final String ha1;
    private final long nonceLifetimeMillis;
    private final LongSupplier clock;
    private final Map<String, Long> nonces = new ConcurrentHashMap<>();
    /**
     * Nonce of each header whose signature was already checked for a method and target. Load tools
     * replay one header; the check (parsing and three MD5s) would be most of a request's cost.
     */
    private final Map<String, String> signed = new ConcurrentHashMap<>();

    /**
     * @param clock milliseconds of real time; nonce lifetimes are real, not simulated
     */
    public DigestAuthenticator(String publicKey, String privateKey, long nonceLifetimeMillis, LongSupplier clock) {
        this.publicKey = publicKey;
        this.ha1 = Secrets.md5Hex(publicKey + ":" + REALM + ":" + privateKey);
        this.nonceLifetimeMillis = nonceLifetimeMillis;
        this.clock = clock;
    }

    /** A {@code WWW-Authenticate} value with a new nonce. */
    public String challenge(boolean stale) {
        long now = clock.getAsLong();
        if (nonces.size() > MAX_NONCES) {
            nonces.values().removeIf(issued -> now - issued > nonceLifetimeMillis);
        }
        String nonce = Secrets.randomToken(24);
        nonces.put(nonce, now);
        return "Digest realm=\"" + REALM + "\", domain=\"\", nonce=\"" + nonce
                + "\", algorithm=MD5, qop=\"auth\", stale=" + stale;
    }

    /**
     * Checks a {@code Digest ...} Authorization header for a request.
     *
     * @param requestUri the request target as sent, path and query
     */
    public Outcome verify(String authorization, String method, String requestUri) {
        String key = method + ' ' + requestUri + ' ' + authorization;
        String nonce = signed.get(key);
        if (nonce == null) {
            nonce = signedNonce(authorization, method, requestUri);
            if (nonce == null) {
                return Outcome.INVALID;
            }
            if (signed.size() >= MAX_SIGNED) {
                signed.clear();
            }
            signed.put(key, nonce);
        }
        Long issued = nonces.get(nonce);
        if (issued == null || clock.getAsLong() - issued > nonceLifetimeMillis) {
            nonces.remove(nonce);
            return Outcome.STALE;
        }
        return Outcome.VALID;
    }

    /** The nonce of a header correctly signed for this request, or null. */
    private String signedNonce(String authorization, String method, String requestUri) {
        Map<String, String> p = parameters(authorization.substring("Digest".length()));
        String nonce = p.get("nonce");
        String uri = p.get("uri");
        if (!publicKey.equals(p.get("username")) || !REALM.equals(p.get("realm")) || nonce == null || uri == null
                || !"auth".equals(p.get("qop")) || !uriMatches(uri, requestUri)
                || (p.containsKey("algorithm") && !"MD5".equalsIgnoreCase(p.get("algorithm")))) {
            return null;
        }
        String expected = Secrets.md5Hex(ha1 + ":" + nonce + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:"
                + Secrets.md5Hex(method + ":" + uri));
        return Secrets.equal(expected, p.get("response")) ? nonce : null;
    }

    private static boolean uriMatches(String digestUri, String requestUri) {
        return digestUri.equals(requestUri) || digestUri.equals(requestUri.split("\\?", 2)[0]);
    }

    private static Map<String, String> parameters(String header) {
        Map<String, String> params = new HashMap<>();
        Matcher m = PARAM.matcher(header);
        while (m.find()) {
            params.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return params;
    }

}
