package io.github.mongoapitoolkit.stubs.pipeline.checks;

import io.github.mongoapitoolkit.stubs.cloud.AtlasApiException;
import io.github.mongoapitoolkit.stubs.cloud.BadRequestDetails;
import io.github.mongoapitoolkit.stubs.cloud.AtlasApiExceptionMapper;
import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import io.github.mongoapitoolkit.stubs.pipeline.Api;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks query values before anything converts them: Jersey would turn {@code envelope=yes} into
 * false and {@code pageNum=abc} into a 404, while the real services answer 400
 * {@code INVALID_QUERY_PARAMETER}. Booleans must be {@code true} or {@code false}; {@code pageNum}
 * at least 1; {@code itemsPerPage} from 1 to 500.
 */
public final class QueryParameters implements Admission {

    private static final List<String> BOOLEANS = List.of("envelope", "pretty", "includeCount");

    @Override
    public Optional<Response> check(Exchange exchange) {
        Api api = exchange.api();
        if (exchange.target().query() == null || (api != Api.ATLAS && api != Api.OPS_MANAGER)) {
            return Optional.empty();
        }
        for (String name : BOOLEANS) {
            String value = exchange.target().queryParameter(name);
            if (value != null && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                return Optional.of(invalid(api, name, value, "must be true or false"));
            }
        }
        if (api == Api.OPS_MANAGER) {
            return integer(exchange, "pageNum", 1, Integer.MAX_VALUE).or(() -> integer(exchange, "itemsPerPage", 1, 500));
        }
        return Optional.empty();
    }

    private static Optional<Response> integer(Exchange exchange, String name, int min, int max) {
        String value = exchange.target().queryParameter(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(value);
            return n < min || n > max ? Optional.of(invalid(exchange.api(), name, value, "must be from " + min + " to " + max)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(invalid(exchange.api(), name, value, "must be a whole number"));
        }
    }

    private static Response invalid(Api api, String name, String value, String rule) {
        String detail = "Invalid query parameter " + name + " specified: " + value + " " + rule + ".";
        if (api == Api.OPS_MANAGER) {
            return api.error(400, "INVALID_QUERY_PARAMETER", detail, List.of(name), Map.of());
        }
        return new AtlasApiExceptionMapper().toResponse(new AtlasApiException(400, "INVALID_QUERY_PARAMETER", detail,
                List.of(name), Map.of(), BadRequestDetails.of(name, rule)));
    }
}
