package io.github.mongoapitoolkit.client.auth;

import io.github.mongoapitoolkit.atlas.client.invoker.ApiClient;
import io.github.mongoapitoolkit.atlas.client.invoker.auth.OAuth;
import java.util.Map;

/**
 * Builds generated Atlas Administration API clients that authenticate the two ways Atlas
 * accepts: an API key over HTTP Digest, or a service account's bearer token.
 *
 * <p>The environment variables are the ones Atlas's own CLI and SDKs read.
 */
public final class AtlasClients {

    public static final String PUBLIC_API_KEY = "MONGODB_ATLAS_PUBLIC_API_KEY";
    public static final String PRIVATE_API_KEY = "MONGODB_ATLAS_PRIVATE_API_KEY";
    public static final String CLIENT_ID = "MONGODB_ATLAS_CLIENT_ID";
    public static final String CLIENT_SECRET = "MONGODB_ATLAS_CLIENT_SECRET";

    /** Where Atlas exchanges client credentials for a token, relative to the base URL. */
    public static final String TOKEN_PATH = "/api/oauth/token";

    /** The name of the OAuth scheme in the Atlas spec. */
    private static final String SERVICE_ACCOUNTS = "ServiceAccounts";

    private AtlasClients() {
    }

    /** A client for {@code baseUrl} (such as {@code https://cloud.mongodb.com}) using HTTP Digest. */
    public static ApiClient withApiKey(String baseUrl, ApiKey key) {
        ApiClient client = new ApiClient();
        client.setBasePath(baseUrl);
        client.setClientConfig(DigestAuthentication.register(client.getClientConfig(), key));
        return client;
    }

    /**
     * A client for {@code baseUrl} using a bearer token obtained from {@code baseUrl + /api/oauth/token}
     * on first use and renewed when the server answers 401.
     */
    public static ApiClient withServiceAccount(String baseUrl, ServiceAccount account) {
        ApiClient client = new ApiClient(Map.of(SERVICE_ACCOUNTS, new OAuth(baseUrl, baseUrl + TOKEN_PATH)));
        client.setBasePath(baseUrl);
        client.setOauthCredentials(account.clientId(), account.clientSecret());
        return client;
    }

    /**
     * A client configured from environment variables: a service account when
     * {@value #CLIENT_ID} and {@value #CLIENT_SECRET} are set, otherwise an API key from
     * {@value #PUBLIC_API_KEY} and {@value #PRIVATE_API_KEY}.
     *
     * @throws IllegalStateException when neither pair is set
     */
    public static ApiClient fromEnvironment(String baseUrl, Map<String, String> environment) {
        String clientId = environment.get(CLIENT_ID);
        String clientSecret = environment.get(CLIENT_SECRET);
        if (isSet(clientId) && isSet(clientSecret)) {
            return withServiceAccount(baseUrl, new ServiceAccount(clientId, clientSecret));
        }
        String publicKey = environment.get(PUBLIC_API_KEY);
        String privateKey = environment.get(PRIVATE_API_KEY);
        if (isSet(publicKey) && isSet(privateKey)) {
            return withApiKey(baseUrl, new ApiKey(publicKey, privateKey));
        }
        throw new IllegalStateException("No Atlas credentials: set " + CLIENT_ID + " and " + CLIENT_SECRET
                + ", or " + PUBLIC_API_KEY + " and " + PRIVATE_API_KEY);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
