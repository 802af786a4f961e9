package io.github.mongoapitoolkit.client.auth;

import io.github.mongoapitoolkit.opsmanager.client.invoker.ApiClient;

/** Builds generated Ops Manager API clients that authenticate with an API key over HTTP Digest. */
public final class OpsManagerClients {

    private OpsManagerClients() {
    }

    /** A client for {@code baseUrl}, such as {@code https://opsmanager.example.com:8443}. */
    public static ApiClient withApiKey(String baseUrl, ApiKey key) {
        ApiClient client = new ApiClient();
        client.setBasePath(baseUrl);
        client.setClientConfig(DigestAuthentication.register(client.getClientConfig(), key));
        return client;
    }
}
