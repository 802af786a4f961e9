package io.github.mongoapitoolkit.stubs.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The credentials the stub accepts, read from the variables Atlas's CLI and SDKs read. Where a
 * variable is unset, a documented development value is used instead.
 */
public record Credentials(String publicKey, String privateKey, String clientId, String clientSecret,
        List<String> defaultsUsed) {

    public static final String PUBLIC_API_KEY = "MONGODB_ATLAS_PUBLIC_API_KEY";
    public static final String PRIVATE_API_KEY = "MONGODB_ATLAS_PRIVATE_API_KEY";
    public static final String CLIENT_ID = "MONGODB_ATLAS_CLIENT_ID";
    public static final String CLIENT_SECRET = "MONGODB_ATLAS_CLIENT_SECRET";

    /** Development values, documented in the README; never use them outside a laptop or CI. */
    public static final String DEV_PUBLIC_KEY = "stubpublickey";
    public static final String DEV_PRIVATE_KEY = "stub-private-key-0000";
    public static final String DEV_CLIENT_ID = "mdb_sa_id_stub";
    public static final String DEV_CLIENT_SECRET = "mdb_sa_sk_stub";

    public static Credentials fromEnvironment(Map<String, String> environment) {
        List<String> defaults = new ArrayList<>();
        return new Credentials(
                value(environment, PUBLIC_API_KEY, DEV_PUBLIC_KEY, defaults),
                value(environment, PRIVATE_API_KEY, DEV_PRIVATE_KEY, defaults),
                value(environment, CLIENT_ID, DEV_CLIENT_ID, defaults),
                value(environment, CLIENT_SECRET, DEV_CLIENT_SECRET, defaults),
                List.copyOf(defaults));
    }

    /** What start-up prints: which identities are accepted and where they come from, never a secret. */
    public String describe() {
        return "API key " + publicKey + " (HTTP Digest), service account " + clientId + " (bearer tokens); "
                + (defaultsUsed.isEmpty() ? "all from the environment"
                        : "development defaults for " + String.join(", ", defaultsUsed) + " (see README)");
    }

    @Override
    public String toString() {
        return "Credentials[publicKey=" + publicKey + ", clientId=" + clientId + "]";
    }

    private static String value(Map<String, String> environment, String name, String fallback, List<String> defaults) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            defaults.add(name);
            return fallback;
        }
        return value;
    }
}
