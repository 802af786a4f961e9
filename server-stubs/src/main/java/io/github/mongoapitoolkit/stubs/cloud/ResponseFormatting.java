package io.github.mongoapitoolkit.stubs.cloud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.UncheckedIOException;

/**
 * {@code envelope=true} and {@code pretty=true} as Atlas and Ops Manager apply them to every
 * response, errors included. The envelope is for clients that cannot read the status: the status
 * becomes 200 and the body {@code {"status": <status>, "content": <body>}}; a list keeps its own
 * envelope and gains {@code status}. A 401 is never enveloped: it carries the Digest challenge.
 */
@Priority(Priorities.ENTITY_CODER)
public final class ResponseFormatting implements ContainerResponseFilter {

    private final ObjectMapper mapper;

    public ResponseFormatting(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        boolean envelope = QueryParameterValidation.flag(query, "envelope");
        boolean pretty = QueryParameterValidation.flag(query, "pretty");
        if ((!envelope && !pretty) || !response.hasEntity() || CloudApi.of(request.getUriInfo().getPath()) == CloudApi.OAUTH) {
            return;
        }
        // A Digest challenge must stay a 401, or no client could answer it.
        envelope &= response.getStatus() != 401;
        JsonNode body = mapper.valueToTree(response.getEntity());
        if (envelope) {
            if (body.has("results")) {
                ((ObjectNode) body).put("status", response.getStatus());
            } else {
                ObjectNode wrapped = mapper.createObjectNode();
                wrapped.put("status", response.getStatus());
                wrapped.set("content", body);
                body = wrapped;
            }
            response.setStatus(200);
        }
        try {
            String text = pretty ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(body) : mapper.writeValueAsString(body);
            response.setEntity(text, response.getEntityAnnotations(), response.getMediaType());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
