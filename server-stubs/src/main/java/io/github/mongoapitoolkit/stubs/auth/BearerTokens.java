package io.github.mongoapitoolkit.stubs.auth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Access tokens issued to the service account. Only a SHA-256 of each token is kept, so a
 * lookup neither stores nor compares the secret itself.
 */
public final class BearerTokens {

    public static final int LIFETIME_SECONDS = 3600;

    /** An issued token and when it stops being valid. */
    public record Issued(String token, long expiresAtMillis) {
        @Override
        public String toString() {
            return "Issued[token=****, expiresAtMillis=" + expiresAtMillis + "]";
        }
    }

    private final Map<String, Long> expiryByHash = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    /** @param clock milliseconds of real time */
    public BearerTokens(LongSupplier clock) {
        this.clock = clock;
    }

    public Issued issue() {
        long now = clock.getAsLong();
        expiryByHash.values().removeIf(expiry -> expiry < now);
        String token = Secrets.randomToken(32);
        long expiry = now + LIFETIME_SECONDS * 1000L;
        expiryByHash.put(Secrets.sha256Hex(token), expiry);
        return new Issued(token, expiry);
    }

    /** True when the token was issued here and has not expired. */
    public boolean isValid(String token) {
        Long expiry = Optional.ofNullable(token).map(Secrets::sha256Hex).map(expiryByHash::get).orElse(null);
        return expiry != null && clock.getAsLong() <= expiry;
    }
}
