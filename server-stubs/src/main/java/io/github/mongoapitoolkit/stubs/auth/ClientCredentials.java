package io.github.mongoapitoolkit.stubs.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Checks the HTTP Basic client credentials sent to the token endpoint. */
public final class ClientCredentials {

    private final String clientId;
    private final String clientSecret;

    public ClientCredentials(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** True when the header is {@code Basic base64(clientId:clientSecret)} for this account. */
    public boolean matches(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = decoded.indexOf(':');
        return colon > 0 & Secrets.equal(clientId, colon > 0 ? decoded.substring(0, colon) : "")
                & Secrets.equal(clientSecret, colon > 0 ? decoded.substring(colon + 1) : "");
    }

    public String clientId() {
        return clientId;
    }
}
