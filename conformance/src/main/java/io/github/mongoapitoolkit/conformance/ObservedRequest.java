package io.github.mongoapitoolkit.conformance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as it was sent: the method, the request target as written on the wire (path and
 * query, percent-encoding untouched), headers and body.
 */
public record ObservedRequest(String method, String target, Map<String, List<String>> headers, Optional<String> body) {

    public ObservedRequest {
        headers = Headers.copy(headers);
    }

    /** A request without headers or body, such as most GETs. */
    public static ObservedRequest of(String method, String target) {
        return new ObservedRequest(method, target, Map.of(), Optional.empty());
    }

    public static ObservedRequest of(String method, String target, Map<String, List<String>> headers, String body) {
        return new ObservedRequest(method, target, headers, Optional.ofNullable(body).filter(b -> !b.isEmpty()));
    }

    /** The raw path: the target up to {@code ?}. */
    public String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** The raw query after {@code ?}, if any. */
    public Optional<String> query() {
        int query = target.indexOf('?');
        return query < 0 ? Optional.empty() : Optional.of(target.substring(query + 1));
    }
}
