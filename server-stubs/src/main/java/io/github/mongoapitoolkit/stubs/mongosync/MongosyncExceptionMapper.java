package io.github.mongoapitoolkit.stubs.mongosync;

import io.github.mongoapitoolkit.stubs.pipeline.Api;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;

/** Renders a refused command. */
public final class MongosyncExceptionMapper implements ExceptionMapper<MongosyncException> {

    @Override
    public Response toResponse(MongosyncException e) {
        return Api.MONGOSYNC.error(e.status(), e.error(), e.getMessage(), List.of(), Map.of());
    }
}
