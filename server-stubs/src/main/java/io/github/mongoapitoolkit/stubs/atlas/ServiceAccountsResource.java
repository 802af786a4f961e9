package io.github.mongoapitoolkit.stubs.atlas;

import io.github.mongoapitoolkit.atlas.server.api.ServiceAccountsApi;
import io.github.mongoapitoolkit.atlas.server.model.TokenResponse;
import io.github.mongoapitoolkit.stubs.auth.BearerTokens;
import io.github.mongoapitoolkit.stubs.cloud.OAuthErrorException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code POST /api/oauth/token}: the client credentials grant. The client was authenticated by the
 * admission pipeline (the operation's Basic security); this checks the grant and issues a token valid 3600 seconds.
 */
public final class ServiceAccountsResource implements ServiceAccountsApi {

    private final BearerTokens tokens;

    public ServiceAccountsResource(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Response createAccessToken(String grantType) {
        if (grantType == null || grantType.isBlank()) {
            throw new OAuthErrorException(400, "invalid_request", "grant_type is required.", Map.of());
        }
        if (!grantType.equals("client_credentials")) {
            throw new OAuthErrorException(400, "unsupported_grant_type", "Only the client_credentials grant is supported.", Map.of());
        }
        BearerTokens.Issued issued = tokens.issue();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new TokenResponse().accessToken(issued.token()).tokenType("Bearer")
                        .expiresIn(BearerTokens.LIFETIME_SECONDS), MediaType.APPLICATION_JSON_TYPE)
                .cacheControl(noStore).build();
    }
}
