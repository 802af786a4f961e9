package io.github.mongoapitoolkit.stubs.pipeline.checks;

import io.github.mongoapitoolkit.stubs.auth.BearerTokens;
import io.github.mongoapitoolkit.stubs.auth.ClientCredentials;
import io.github.mongoapitoolkit.stubs.auth.DigestAuthenticator;
import io.github.mongoapitoolkit.stubs.auth.DigestAuthenticator.Outcome;
import io.github.mongoapitoolkit.stubs.auth.DigestAuthenticator.Verdict;
import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import io.github.mongoapitoolkit.stubs.pipeline.Operation;
import io.github.mongoapitoolkit.stubs.pipeline.Scheme;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Authenticates a request with exactly the credentials its operation's {@code security} accepts,
 * read from the spec: Digest with the API key, a service account's bearer token, or the service
 * account's id and secret with HTTP Basic. Credentials of any other scheme are no credentials at
 * all. A failure is the API's 401 with the challenge of a scheme the operation accepts (Digest,
 * marked stale when its nonce expired, before Basic). The proven caller (the API key's public key,
 * or the service account's client id) is left on the exchange for the roles, the access list and
 * the rate limit.
 */
public final class Authentication implements Admission {

    private final DigestAuthenticator digest;
    private final BearerTokens tokens;
    private final ClientCredentials clients;

    public Authentication(DigestAuthenticator digest, BearerTokens tokens, ClientCredentials clients) {
        this.digest = digest;
        this.tokens = tokens;
        this.clients = clients;
    }

    @Override
    public Optional<Response> check(Exchange exchange) {
        Operation operation = exchange.route().operation().orElseThrow();
        if (!operation.authenticates()) {
            return Optional.empty();
        }
        String authorization = exchange.header("Authorization");
        Outcome outcome = Outcome.INVALID;
        for (Scheme scheme : Scheme.values()) {
            if (scheme.isUsedBy(authorization) && operation.accepts(scheme)) {
                Verdict verdict = verify(scheme, authorization, exchange);
                outcome = verdict.outcome();
                if (outcome == Outcome.VALID) {
                    exchange.authenticated(verdict.publicKey());
                    return Optional.empty();
                }
            }
        }
        return Optional.of(exchange.api().unauthorized(challenge(operation, outcome == Outcome.STALE)));
    }

    private Verdict verify(Scheme scheme, String authorization, Exchange exchange) {
        return switch (scheme) {
            case DIGEST -> digest.check(authorization, exchange.method(), exchange.target().raw());
            case BEARER -> new Verdict(tokens.isValid(scheme.credentials(authorization)) ? Outcome.VALID : Outcome.INVALID, clients.clientId());
            case BASIC -> new Verdict(clients.matches(authorization) ? Outcome.VALID : Outcome.INVALID, clients.clientId());
        };
    }

    private String challenge(Operation operation, boolean stale) {
        if (operation.accepts(Scheme.DIGEST)) {
            return digest.challenge(stale);
        }
        if (operation.accepts(Scheme.BASIC)) {
            return "Basic realm=\"" + DigestAuthenticator.REALM + "\"";
        }
        return "Bearer realm=\"" + DigestAuthenticator.REALM + "\"";
    }
}
