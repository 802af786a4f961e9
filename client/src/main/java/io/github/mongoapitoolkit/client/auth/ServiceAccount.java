package io.github.mongoapitoolkit.client.auth;

import java.util.Objects;

/**
 * An Atlas service account, exchanged for a bearer token with the OAuth 2.0 client credentials
 * grant. {@link #toString()} never shows the secret.
 */
public record ServiceAccount(String clientId, String clientSecret) {

    public ServiceAccount {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
    }

    @Override
    public String toString() {
        return "ServiceAccount[clientId=" + clientId + ", clientSecret=****]";
    }
}
