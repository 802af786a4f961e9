package io.github.mongoapitoolkit.contracts.fuzz;

import io.github.mongoapitoolkit.contracts.ApiContract;
import java.util.Map;

/**
 * One generated request.
 *
 * @param api     the API whose server it goes to
 * @param kind    what the generator meant it to be (for failure messages): {@code valid}, {@code bad-id}, ...
 * @param method  HTTP method
 * @param path    raw path, already percent-encoded where needed
 * @param query   raw query string without '?', or ""
 * @param headers request headers
 * @param body    request body, or null for none
 * @param auth    which credentials the request carries
 */
record FuzzRequest(ApiContract api, String kind, String method, String path, String query, Map<String, String> headers,
                   String body, Auth auth) {

    /** The credentials sent to the cloud server; mongosync takes none. */
    enum Auth { DIGEST, NONE, WRONG_PASSWORD }

    String target() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    @Override
    public String toString() {
        return api.provider() + " " + kind + ": " + method + " " + target() + " " + headers + " auth=" + auth
                + (body == null ? "" : " body=" + (body.length() > 120 ? body.substring(0, 120) + "..." : body));
    }
}
