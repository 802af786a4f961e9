package io.github.mongoapitoolkit.stubs.cloud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import io.github.mongoapitoolkit.stubs.pipeline.Formatting;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.io.UncheckedIOException;

/** Applies {@link Formatting} ({@code envelope=true}, {@code pretty=true}) to what Jersey answers. */
@Priority(Priorities.ENTITY_CODER)
public final class ResponseFormatting implements ContainerResponseFilter {

    private final ObjectMapper mapper;

    public ResponseFormatting(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Exchange exchange = Exchange.of(request);
        Formatting formatting = exchange == null ? Formatting.NONE : Formatting.of(exchange);
        if (!formatting.changesAnything() || !response.hasEntity()) {
            return;
        }
        try {
            String body = formatting.body(response.getStatus(), response.getEntity(), mapper);
            response.setStatus(formatting.status(response.getStatus()));
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
