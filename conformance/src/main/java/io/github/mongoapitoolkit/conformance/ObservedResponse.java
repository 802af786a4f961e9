package io.github.mongoapitoolkit.conformance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A response as it was received: status, headers and body. */
public record ObservedResponse(int status, Map<String, List<String>> headers, Optional<String> body) {

    public ObservedResponse {
        headers = Headers.copy(headers);
    }

    public static ObservedResponse of(int status, Map<String, List<String>> headers, String body) {
        return new ObservedResponse(status, headers, Optional.ofNullable(body).filter(b -> !b.isEmpty()));
    }

    /** A JSON response: {@code Content-Type: application/json}. */
    public static ObservedResponse json(int status, String body) {
        return of(status, Map.of("Content-Type", List.of("application/json")), body);
    }
}
