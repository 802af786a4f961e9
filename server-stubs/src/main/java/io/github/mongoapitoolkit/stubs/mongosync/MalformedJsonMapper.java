package io.github.mongoapitoolkit.stubs.mongosync;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A body that is not JSON, or JSON of the wrong shape or types, is a 400 {@code InvalidRequest}. */
public final class MalformedJsonMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return MongosyncErrors.body(400, MongosyncException.INVALID_REQUEST,
                "The request body is not valid" + where + ": " + e.getOriginalMessage()).build();
    }
}
