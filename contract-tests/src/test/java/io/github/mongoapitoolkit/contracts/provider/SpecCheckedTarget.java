package io.github.mongoapitoolkit.contracts.provider;

import io.github.mongoapitoolkit.conformance.ConformanceCheck;
import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.ProviderResponse;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import io.github.mongoapitoolkit.contracts.ApiContract;
import io.github.mongoapitoolkit.conformance.ApiSpec;
import io.github.mongoapitoolkit.conformance.ObservedRequest;
import io.github.mongoapitoolkit.conformance.ObservedResponse;
import io.github.mongoapitoolkit.conformance.Violation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;

/**
 * Pact's HTTP target, with two additions: the verifier's client answers Digest challenges with
 * the stub's API key (unless the interaction is about sending no credentials), and every
 * response the stub gives is held against the spec and its state rules, not only against the
 * pact's matchers.
 */
final class SpecCheckedTarget extends HttpTestTarget {

    private final ApiSpec spec;
    private final List<String> problems = new ArrayList<>();

    private SpecCheckedTarget(ApiContract api, URI server, IHttpClientFactory clients) {
        super(server.getHost(), server.getPort(), "/", () -> clients);
        this.spec = api.spec();
    }

    /** A target whose client sends no credentials. */
    static SpecCheckedTarget anonymous(ApiContract api, URI server) {
        return new SpecCheckedTarget(api, server, provider -> HttpClients.custom().disableAutomaticRetries().build());
    }

    /** A target whose client authenticates with HTTP Digest, answering the server's challenge. */
    static SpecCheckedTarget withDigest(ApiContract api, URI server, String publicKey, String privateKey) {
        return new SpecCheckedTarget(api, server, provider -> {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(new AuthScope(server.getHost(), server.getPort()),
                    new UsernamePasswordCredentials(publicKey, privateKey.toCharArray()));
            // No automatic retries: HttpClient 5 would otherwise wait out a 429's Retry-After and
            // verify the retried answer instead of the one the pact is about.
            return HttpClients.custom().setDefaultCredentialsProvider(credentials).disableAutomaticRetries().build();
        });
    }

    @Override
    public ProviderResponse executeInteraction(Object client, Object request) {
        ProviderResponse response = super.executeInteraction(client, request);
        ClassicHttpRequest http = (ClassicHttpRequest) request;
        try {
            check(http.getMethod(), http.getUri().getRawPath(), response);
        } catch (URISyntaxException e) {
            problems.add("request URI: " + e.getMessage());
        }
        return response;
    }

    /** What the spec says is wrong with the responses seen so far; empty when they all conform. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    private void check(String method, String path, ProviderResponse response) {
        // Pact leaves the body null, not empty, for an answer without one (204, Atlas's 202 cutover).
        String body = response.getBody() != null && response.getBody().isPresent() ? response.getBody().valueAsString() : null;
        ConformanceCheck.of(spec.api()).check(ObservedRequest.of(method, path),
                        ObservedResponse.of(response.getStatusCode(), response.getHeaders(), body))
                .forEach(p -> problems.add(method + " " + path + " -> " + response.getStatusCode() + ": " + p));
    }
}
