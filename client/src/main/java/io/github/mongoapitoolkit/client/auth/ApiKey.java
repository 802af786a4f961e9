package io.github.mongoapitoolkit.client.auth;

import java.util.Objects;

/**
 * A programmatic API key of Atlas or Ops Manager, used with HTTP Digest: the public key is the
 * user name and the private key the password. {@link #toString()} never shows the private key.
 */
public record ApiKey(String publicKey, String privateKey) {

    public ApiKey {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    @Override
    public String toString() {
        return "ApiKey[publicKey=" + publicKey + ", privateKey=****]";
    }
}
