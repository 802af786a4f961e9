package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A plain HTTP client for the stub whose every response is checked by
 * {@link Conformance}: a test cannot see a response that breaks the spec without failing.
 */
final class StubHttp {

    /** A checked response. */
    record Reply(int status, HttpResponse<String> raw, JsonNode body) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String errorCode() {
            return body.path("errorCode").asText(body.path("error").asText());
        }
    }

    static final String ATLAS_JSON = "application/vnd.atlas.2023-01-01+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final java.util.function.Supplier<URI> mongosync;
    private final java.util.function.Supplier<URI> cloud;

    StubHttp(StubFixture stub) {
        this(() -> stub.servers().mongosyncUri(), () -> stub.servers().cloudUri());
    }

    /** A client for a stub running elsewhere, such as the packaged jar in its own process. */
    StubHttp(java.util.function.Supplier<URI> mongosync, java.util.function.Supplier<URI> cloud) {
        this.mongosync = mongosync;
        this.cloud = cloud;
    }

    Reply mongosync(String method, String pathAndQuery, String body) {
        return send(true, method, pathAndQuery, Map.of("Content-Type", "application/json"), body);
    }

    Reply cloud(String method, String pathAndQuery, Map<String, String> headers, String body) {
        return send(false, method, pathAndQuery, headers, body);
    }

    /**
     * A cloud request answered with HTTP Digest: sent once without credentials, then again with
     * the answer to the challenge (RFC 7616, MD5, qop auth), as curl --digest does.
     */
    Reply cloudWithDigest(String method, String pathAndQuery, Map<String, String> headers) {
        Reply challenge = cloud(method, pathAndQuery, headers, null);
        if (challenge.status() != 401) {
            return challenge;
        }
        String header = challenge.header("WWW-Authenticate");
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(header);
        assertThat(nonce.find()).as("challenge %s", header).isTrue();
        Map<String, String> authorized = new java.util.HashMap<>(headers);
        authorized.put("Authorization", digestAuthorization(nonce.group(1), method, pathAndQuery, StubFixture.PRIVATE_KEY));
        return cloud(method, pathAndQuery, authorized, null);
    }

    /**
     * An Atlas request with a body (or none), answered with HTTP Digest by the key pair given, as
     * {@link #cloudWithDigest} does: the challenge first, then the signed request.
     */
    Reply atlas(String method, String pathAndQuery, Map<String, String> headers, String body, String publicKey, String privateKey) {
        Reply challenge = cloud(method, pathAndQuery, headers, body);
        if (challenge.status() != 401 || challenge.header("WWW-Authenticate") == null) {
            return challenge;
        }
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(challenge.header("WWW-Authenticate"));
        assertThat(nonce.find()).isTrue();
        Map<String, String> authorized = new java.util.HashMap<>(headers);
        authorized.put("Authorization", digestAuthorization(nonce.group(1), method, pathAndQuery, publicKey, privateKey,
                NONCE_COUNT.incrementAndGet()));
        return cloud(method, pathAndQuery, authorized, body);
    }

    /** HTTP Basic with the test service account's id and secret. */
    static String basicClientCredentials() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (StubFixture.CLIENT_ID + ":" + StubFixture.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    }

    /** Every header gets a higher nonce count than the last, as RFC 7616 clients send them on one nonce. */
    private static final java.util.concurrent.atomic.AtomicLong NONCE_COUNT = new java.util.concurrent.atomic.AtomicLong();

    /** An Authorization header answering a Digest challenge's nonce with the test key pair, with the next nonce count. */
    static String digestAuthorization(String nonce, String method, String uri, String privateKey) {
        return digestAuthorization(nonce, method, uri, privateKey, NONCE_COUNT.incrementAndGet());
    }

    /** As {@link #digestAuthorization(String, String, String, String)} with a chosen nonce count. */
    static String digestAuthorization(String nonce, String method, String uri, String privateKey, long count) {
        return digestAuthorization(nonce, method, uri, StubFixture.PUBLIC_KEY, privateKey, count);
    }

    /** An Authorization header signed with any key pair. */
    static String digestAuthorization(String nonce, String method, String uri, String publicKey, String privateKey, long count) {
        String nc = String.format("%08x", count);
        String cnonce = Long.toHexString(System.nanoTime());
        String ha1 = md5(publicKey + ":MMS Public API:" + privateKey);
        String ha2 = md5(method + ":" + uri);
        String response = md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
        return "Digest username=\"" + publicKey + "\", realm=\"MMS Public API\", nonce=\"" + nonce
                + "\", uri=\"" + uri + "\", qop=auth, nc=" + nc + ", cnonce=\"" + cnonce + "\", response=\"" + response
                + "\", algorithm=MD5";
    }

    private static String md5(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bearer token from the token endpoint, for cloud requests. */
    String bearerToken() {
        String basic = Base64.getEncoder().encodeToString((StubFixture.CLIENT_ID + ":" + StubFixture.CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        Reply token = cloud("POST", "/api/oauth/token", Map.of("Authorization", "Basic " + basic,
                "Content-Type", "application/x-www-form-urlencoded"), "grant_type=client_credentials");
        assertThat(token.status()).isEqualTo(200);
        return token.body().get("access_token").asText();
    }

    Reply send(boolean mongosyncServer, String method, String pathAndQuery, Map<String, String> headers, String body) {
        URI base = mongosyncServer ? mongosync.get() : cloud.get();
        URI uri = URI.create(base + pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(method + " " + pathAndQuery + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        var problems = Conformance.problems(mongosyncServer, method, uri.getRawPath(), uri.getRawQuery(),
                response.statusCode(), response.headers().map(), response.body());
        assertThat(problems).as("%s %s -> %d %s", method, pathAndQuery, response.statusCode(), response.body()).isEmpty();
        JsonNode tree;
        try {
            tree = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
        return new Reply(response.statusCode(), response, tree);
    }
}
