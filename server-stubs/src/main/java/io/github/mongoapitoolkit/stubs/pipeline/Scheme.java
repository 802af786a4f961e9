package io.github.mongoapitoolkit.stubs.pipeline;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The credentials a spec's {@code securitySchemes} entry stands for, as the stub checks them: HTTP
 * Digest with the API key, a bearer token from the service account ({@code oauth2} or
 * {@code http bearer}), or the service account's own id and secret with HTTP Basic.
 */
public enum Scheme {
    DIGEST("Digest"), BEARER("Bearer"), BASIC("Basic");

    private final String authScheme;

    Scheme(String authScheme) {
        this.authScheme = authScheme;
    }

    /** Whether an {@code Authorization} header uses this scheme (the name is case-insensitive, RFC 9110 11.1). */
    public boolean isUsedBy(String authorization) {
        return authorization != null && authorization.length() > authScheme.length()
                && authorization.regionMatches(true, 0, authScheme, 0, authScheme.length())
                && authorization.charAt(authScheme.length()) == ' ';
    }

    /** The credentials of the header after the scheme name. */
    public String credentials(String authorization) {
        return authorization.substring(authScheme.length() + 1).trim();
    }

    /** @throws IllegalArgumentException for a scheme the stub cannot check, so that it does not start */
    static Scheme of(String name, JsonNode definition) {
        String type = definition.path("type").asText();
        String scheme = definition.path("scheme").asText().toLowerCase(java.util.Locale.ROOT);
        if (type.equals("oauth2") || (type.equals("http") && scheme.equals("bearer"))) {
            return BEARER;
        }
        if (type.equals("http") && scheme.equals("digest")) {
            return DIGEST;
        }
        if (type.equals("http") && scheme.equals("basic")) {
            return BASIC;
        }
        throw new IllegalArgumentException("security scheme " + name + " (" + type + " " + scheme + ") is not one the stub can check");
    }
}
