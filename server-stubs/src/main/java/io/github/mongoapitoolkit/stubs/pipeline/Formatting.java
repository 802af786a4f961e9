package io.github.mongoapitoolkit.stubs.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code envelope=true} and {@code pretty=true} as Atlas and Ops Manager apply them to every
 * response, errors included, whoever writes it (the pipeline's refusals, the fast path, Jersey).
 * The envelope is for clients that cannot read the status: the status becomes 200 and the body
 * {@code {"status": <status>, "content": <body>}}; a list keeps its own envelope and gains
 * {@code status}. A 401 is never enveloped: it carries the Digest challenge. mongosync and the
 * token endpoint know neither parameter.
 */
public record Formatting(boolean envelope, boolean pretty) {

    public static final Formatting NONE = new Formatting(false, false);

    /** What a request asks for; values other than {@code true} (checked elsewhere) ask for nothing. */
    public static Formatting of(Exchange exchange) {
        if (exchange.target() == null || exchange.target().query() == null
                || (exchange.api() != Api.ATLAS && exchange.api() != Api.OPS_MANAGER)) {
            return NONE;
        }
        return new Formatting("true".equalsIgnoreCase(exchange.target().queryParameter("envelope")),
                "true".equalsIgnoreCase(exchange.target().queryParameter("pretty")));
    }

    public boolean changesAnything() {
        return envelope || pretty;
    }

    /** The status to send for a response of {@code status}. */
    public int status(int status) {
        return envelope && status != 401 ? 200 : status;
    }

    /** The body to send for an entity answered with {@code status}. */
    public String body(int status, Object entity, ObjectMapper mapper) throws JsonProcessingException {
        JsonNode body = mapper.valueToTree(entity);
        if (envelope && status != 401) {
            if (body.has("results")) {
                ((ObjectNode) body).put("status", status);
            } else {
                ObjectNode wrapped = mapper.createObjectNode();
                wrapped.put("status", status);
                wrapped.set("content", body);
                body = wrapped;
            }
        }
        return pretty ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(body) : mapper.writeValueAsString(body);
    }
}
