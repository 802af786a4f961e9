package io.github.mongoapitoolkit.stubs.auth;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * HTTP Digest as Atlas and Ops Manager do it, and as RFC 7616 asks of a server: realm
 * "MMS Public API", MD5, {@code qop=auth} with its {@code nc} and {@code cnonce}; the digest's
 * {@code uri} is the request target as sent, query included; the method is the one sent (HEAD is
 * not GET). Each nonce is issued by a challenge and remembers the highest {@code nc} answered with
 * it, so a replayed header, or one whose count does not increase, is refused.
 *
 * <p>Nonces live in a bounded {@link NonceStore} that expires them after their lifetime and evicts
 * the least recently used past its size, each in constant time: a flood of unanswered challenges
 * costs bounded memory and never a scan, and pushes out neither a nonce in use nor a fresh one. An answer to an expired, evicted or unknown nonce that is
 * otherwise correct is {@link Outcome#STALE}, so that a client retries with a fresh one instead of
 * asking its user.
 */
public final class DigestAuthenticator {

    public static final String REALM = "MMS Public API";
    /** At most this many nonces are remembered; past it the least recently used go. */
    public static final int MAX_NONCES = 100_000;

    /** The result of checking an Authorization header. */
    public enum Outcome { VALID, INVALID, STALE }

    /** An outcome and, when it is {@link Outcome#VALID}, the public key that signed the request. */
    public record Verdict(Outcome outcome, String publicKey) {
        static final Verdict INVALID = new Verdict(Outcome.INVALID, null);
    }

    private final Map<String, String> ha1ByPublicKey = new HashMap<>();
    private final NonceStore nonces;

    /**
     * @param clock milliseconds of real time; nonce lifetimes are real, not simulated
     */
    public DigestAuthenticator(String publicKey, String privateKey, long nonceLifetimeMillis, LongSupplier clock) {
        this(Map.of(publicKey, privateKey), nonceLifetimeMillis, clock);
    }

    /**
     * @param keys  the private key of each public key the server accepts
     * @param clock milliseconds of real time; nonce lifetimes are real, not simulated
     */
    public DigestAuthenticator(Map<String, String> keys, long nonceLifetimeMillis, LongSupplier clock) {
        keys.forEach((publicKey, privateKey) -> ha1ByPublicKey.put(publicKey, Secrets.md5Hex(publicKey + ":" + REALM + ":" + privateKey)));
        this.nonces = new NonceStore(MAX_NONCES, nonceLifetimeMillis, clock);
    }

    /** A {@code WWW-Authenticate} value with a new nonce. */
    public String challenge(boolean stale) {
        String nonce = Secrets.randomToken(24);
        nonces.issue(nonce);
        return "Digest realm=\"" + REALM + "\", domain=\"\", nonce=\"" + nonce
                + "\", algorithm=MD5, qop=\"auth\", stale=" + stale;
    }

    /** How many nonces are remembered now, after pending expiry and eviction. */
    public long rememberedNonces() {
        return nonces.size();
    }

    /**
     * Checks a {@code Digest ...} Authorization header for a request.
     *
     * @param method        the request method as sent
     * @param requestTarget the request target as sent, path and query
     */
    public Outcome verify(String authorization, String method, String requestTarget) {
        return check(authorization, method, requestTarget).outcome();
    }

    /** As {@link #verify}, with the public key a valid header was signed with. */
    public Verdict check(String authorization, String method, String requestTarget) {
        Map<String, String> p = DigestParameters.parse(authorization.substring("Digest".length()));
        if (p == null) {
            return Verdict.INVALID;
        }
        String username = p.get("username");
        String ha1 = username == null ? null : ha1ByPublicKey.get(username);
        String nonce = p.get("nonce");
        String nc = p.get("nc");
        String cnonce = p.get("cnonce");
        String algorithm = p.get("algorithm");
        if (ha1 == null || !REALM.equals(p.get("realm")) || nonce == null
                || !"auth".equals(p.get("qop")) || !requestTarget.equals(p.get("uri"))
                || nc == null || !nc.matches("[0-9a-fA-F]{8}") || cnonce == null || cnonce.isEmpty()
                || (algorithm != null && !algorithm.equalsIgnoreCase("MD5"))) {
            return Verdict.INVALID;
        }
        String expected = Secrets.md5Hex(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:"
                + Secrets.md5Hex(method + ":" + requestTarget));
        if (!Secrets.equal(expected, p.get("response"))) {
            return Verdict.INVALID;
        }
        return switch (nonces.answer(nonce, Long.parseLong(nc, 16))) {
            case ADVANCED -> new Verdict(Outcome.VALID, username);
            case NOT_ABOVE -> Verdict.INVALID;
            case UNKNOWN -> new Verdict(Outcome.STALE, null);
        };
    }

    /** The {@code name=value, name="quoted"} list of RFC 7616 section 3.4; null when malformed or a name repeats. */
    static final class DigestParameters {
        private DigestParameters() {
        }

        static Map<String, String> parse(String header) {
            Map<String, String> params = new HashMap<>(16);
            int i = 0;
            int n = header.length();
            while (true) {
                while (i < n && (header.charAt(i) == ' ' || header.charAt(i) == '\t' || header.charAt(i) == ',')) {
                    i++;
                }
                if (i >= n) {
                    return params;
                }
                int nameStart = i;
                while (i < n && header.charAt(i) != '=' && header.charAt(i) != ' ' && header.charAt(i) != ',') {
                    i++;
                }
                String name = header.substring(nameStart, i).toLowerCase(Locale.ROOT);
                while (i < n && header.charAt(i) == ' ') {
                    i++;
                }
                if (name.isEmpty() || i >= n || header.charAt(i) != '=') {
                    return null;
                }
                i++;
                while (i < n && header.charAt(i) == ' ') {
                    i++;
                }
                StringBuilder value = new StringBuilder();
                if (i < n && header.charAt(i) == '"') {
                    i++;
                    while (i < n && header.charAt(i) != '"') {
                        if (header.charAt(i) == '\\' && i + 1 < n) {
                            i++;
                        }
                        value.append(header.charAt(i++));
                    }
                    if (i >= n) {
                        return null;
                    }
                    i++;
                } else {
                    while (i < n && header.charAt(i) != ',' && header.charAt(i) != ' ') {
                        value.append(header.charAt(i++));
                    }
                }
                if (params.put(name, value.toString()) != null) {
                    return null;
                }
            }
        }
    }
}
