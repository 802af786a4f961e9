package io.github.mongoapitoolkit.stubs.mongosync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.mongoapitoolkit.stubs.pipeline.Api;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A body that is not JSON, or JSON of the wrong shape or types, is a 400 {@code InvalidRequest}
 * whose description names the field and the JSON type it needs, as a client wrote them: never a
 * Java type or class name.
 */
public final class MalformedJsonMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        return Api.MONGOSYNC.error(400, MongosyncException.INVALID_REQUEST, describe(e), List.of(), Map.of());
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch.getPath());
            if (e instanceof InvalidNullException) {
                return field + " must not be null.";
            }
            if (e instanceof InvalidFormatException) {
                return field + " has a value that is not allowed.";
            }
            return field + " must be " + jsonType(mismatch.getTargetType()) + ".";
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "The request body must be " + jsonType(mismatch.getTargetType()) + ".";
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return "The request body is not valid JSON" + where + ".";
    }

    private static String path(List<JsonMappingException.Reference> path) {
        return path.stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String jsonType(Class<?> type) {
        if (type == null) {
            return "a JSON value of another type";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
