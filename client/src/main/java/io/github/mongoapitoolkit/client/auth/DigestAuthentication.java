package io.github.mongoapitoolkit.client.auth;

import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.authentication.HttpAuthenticationFeature;

/**
 * Adds HTTP Digest (RFC 7616, MD5, qop auth) to a generated client's Jersey configuration.
 * OpenAPI Generator has no digest support; Jersey's own feature answers the server's challenge
 * and reuses the nonce until the server marks it stale.
 */
final class DigestAuthentication {

    private DigestAuthentication() {
    }

    /** Registers the feature on the configuration the generated ApiClient rebuilds its client from. */
    static ClientConfig register(ClientConfig config, ApiKey key) {
        return config.register(HttpAuthenticationFeature.digest(key.publicKey(), key.privateKey()));
    }
}
