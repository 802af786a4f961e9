package io.github.mongoapitoolkit.client.cutover;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Reads the stable code out of a refusal's body (Atlas's {@code errorCode}, mongosync's {@code error}). */
final class ErrorBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBodies() {
    }

    /** The text of a top-level field, or null when the body is absent, not JSON or lacks it. */
    static String field(String body, String name) {
        try {
            return body == null ? null : JSON.readTree(body).path(name).asText(null);
        } catch (IOException notJson) {
            return null;
        }
    }
}
