package io.github.mongoapitoolkit.stubs.fastpath;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;

/** A response written without Jersey: status, content type, extra headers and body. */
public record FastAnswer(int status, String contentType, Map<String, String> headers, byte[] body) {

    /**
     * The answer a resource gave, its entity written with the server's ObjectMapper as Jersey
     * writes it; empty when the entity cannot be written, so that Jersey reports the failure.
     */
    public static Optional<FastAnswer> of(Response response, ObjectMapper mapper) {
        try {
            return Optional.of(new FastAnswer(response.getStatus(), response.getMediaType().toString(), Map.of(),
                    mapper.writeValueAsBytes(response.getEntity())));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    public FastAnswer withHeaders(Map<String, String> extra) {
        return new FastAnswer(status, contentType, extra, body);
    }
}
