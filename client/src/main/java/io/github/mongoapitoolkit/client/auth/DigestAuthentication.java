package io.github.mongoapitoolkit.client.auth;

import jakarta.ws.rs.client.ClientRequestFilter;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.authentication.HttpAuthenticationFeature;

/**
 * Adds HTTP Digest (RFC 7616, MD5, qop auth) to a generated client's Jersey configuration.
 * OpenAPI Generator has no digest support; Jersey's own feature answers the server's challenge
 * and reuses the nonce until the server marks it stale. The key also travels with each request
 * ({@link DigestResigner#KEY}) so that a retry below Jersey's filters can sign its attempt anew:
 * a server that tracks the nonce count refuses a replayed header.
 */
final class DigestAuthentication {

    private DigestAuthentication() {
    }

    /** Registers the feature on the configuration the generated ApiClient rebuilds its client from. */
    static ClientConfig register(ClientConfig config, ApiKey key) {
        ClientRequestFilter carryKey = request -> request.setProperty(DigestResigner.KEY, new String[] {key.publicKey(), key.privateKey()});
        return config.register(HttpAuthenticationFeature.digest(key.publicKey(), key.privateKey())).register(carryKey);
    }
}
