package io.github.mongoapitoolkit.stubs.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A response written without Jersey: status, content type, headers and body bytes. */
public record Answer(int status, String contentType, Map<String, String> headers, byte[] body) {

    /**
     * A Jersey {@link Response} as Jersey would write it: the entity with the server's ObjectMapper,
     * in the formatting the request asks for; empty when the entity cannot be written.
     */
    public static Optional<Answer> of(Response response, Formatting formatting, ObjectMapper mapper) {
        Map<String, String> headers = new LinkedHashMap<>();
        response.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !values.isEmpty()) {
                headers.put(name, String.valueOf(values.get(0)));
            }
        });
        MediaType type = response.getMediaType();
        try {
            byte[] body = formatting.changesAnything()
                    ? formatting.body(response.getStatus(), response.getEntity(), mapper).getBytes(StandardCharsets.UTF_8)
                    : mapper.writeValueAsBytes(response.getEntity());
            return Optional.of(new Answer(formatting.status(response.getStatus()),
                    type == null ? MediaType.APPLICATION_JSON : type.toString(), headers, body));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    public Answer withHeaders(Map<String, String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(extra);
        return new Answer(status, contentType, all, body);
    }

    /** Whether the connection must close after this answer (a framing error). */
    public boolean closes() {
        return "close".equalsIgnoreCase(headers.get("Connection"));
    }

}
