package io.github.mongoapitoolkit.stubs.cloud;

import io.github.mongoapitoolkit.stubs.auth.BearerTokens;
import io.github.mongoapitoolkit.stubs.auth.ClientCredentials;
import io.github.mongoapitoolkit.stubs.auth.DigestAuthenticator;
import io.github.mongoapitoolkit.stubs.auth.DigestAuthenticator.Outcome;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Authenticates as the real services do: Atlas takes HTTP Digest with the API key or a bearer
 * token from the service account, Ops Manager takes Digest only, and the token endpoint takes
 * the service account's client credentials with HTTP Basic. A failure is a 401 with a Digest
 * challenge (stale when the nonce expired) and the API's error body. The identity that passed
 * is left in the request property {@link #IDENTITY} for rate limiting.
 */
@Priority(Priorities.AUTHENTICATION)
public final class CloudAuthentication implements ContainerRequestFilter {

    public static final String IDENTITY = CloudAuthentication.class.getName() + ".identity";

    private final DigestAuthenticator digest;
    private final BearerTokens tokens;
    private final ClientCredentials clients;
    private final String publicKey;

    public CloudAuthentication(DigestAuthenticator digest, BearerTokens tokens, ClientCredentials clients, String publicKey) {
        this.digest = digest;
        this.tokens = tokens;
        this.clients = clients;
        this.publicKey = publicKey;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        CloudApi api = CloudApi.of(request.getUriInfo().getPath());
        if (api == CloudApi.OAUTH) {
            if (!clients.matches(authorization)) {
                throw new OAuthErrorException(401, "invalid_client", "Client authentication failed.",
                        Map.of(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + DigestAuthenticator.REALM + "\""));
            }
            request.setProperty(IDENTITY, clients.clientId());
            return;
        }
        Outcome outcome = check(api, authorization, request.getMethod(), target(request.getUriInfo().getRequestUri()));
        if (outcome == Outcome.VALID) {
            request.setProperty(IDENTITY, identityOf(authorization));
            return;
        }
        Map<String, Object> challenge = Map.of(HttpHeaders.WWW_AUTHENTICATE, digest.challenge(outcome == Outcome.STALE));
        String detail = "You are not authorized for this resource.";
        if (api == CloudApi.OPS_MANAGER) {
            throw new OpsManagerApiException(401, "USER_UNAUTHORIZED", detail, List.of(), challenge);
        }
        throw new AtlasApiException(401, "UNEXPECTED_ERROR", detail, List.of(), challenge, null);
    }

    /**
     * The identity an Atlas or Ops Manager request proves with its Authorization header, as the
     * filter would leave it in {@link #IDENTITY}; empty where the filter would answer 401.
     *
     * @param target the request target as sent, path and query
     */
    public Optional<String> identity(CloudApi api, String authorization, String method, String target) {
        return api != CloudApi.OAUTH && check(api, authorization, method, target) == Outcome.VALID
                ? Optional.of(identityOf(authorization)) : Optional.empty();
    }

    private Outcome check(CloudApi api, String authorization, String method, String target) {
        if (authorization != null && authorization.regionMatches(true, 0, "Digest ", 0, 7)) {
            return digest.verify(authorization, method, target);
        }
        if (api == CloudApi.ATLAS && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && tokens.isValid(authorization.substring(7).trim())) {
            return Outcome.VALID;
        }
        return Outcome.INVALID;
    }

    private String identityOf(String authorization) {
        return authorization.regionMatches(true, 0, "Digest ", 0, 7) ? publicKey : clients.clientId();
    }

    /** The request target as a client puts it in the digest {@code uri} parameter. */
    private static String target(URI requestUri) {
        return requestUri.getRawPath() + (requestUri.getRawQuery() == null ? "" : "?" + requestUri.getRawQuery());
    }
}
