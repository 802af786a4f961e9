package io.github.mongoapitoolkit.stubs.cloud;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;

/**
 * Checks query values before Jersey converts them: Jersey turns {@code envelope=yes} into false
 * and {@code pageNum=abc} into a 404, while the real services answer 400. Booleans must be
 * {@code true} or {@code false}; {@code pageNum} at least 1; {@code itemsPerPage} from 1 to 500.
 */
@Priority(Priorities.USER)
public final class QueryParameterValidation implements ContainerRequestFilter {

    private static final List<String> BOOLEANS = List.of("envelope", "pretty", "includeCount");

    @Override
    public void filter(ContainerRequestContext request) {
        CloudApi api = CloudApi.of(request.getUriInfo().getPath());
        if (api == CloudApi.OAUTH) {
            return;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (String name : BOOLEANS) {
            String value = query.getFirst(name);
            if (value != null && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw invalid(api, name, value, "must be true or false");
            }
        }
        if (api == CloudApi.OPS_MANAGER) {
            integer(api, query, "pageNum", 1, Integer.MAX_VALUE);
            integer(api, query, "itemsPerPage", 1, 500);
        }
    }

    /** True when the query asks for {@code name=true}; call after validation. */
    static boolean flag(MultivaluedMap<String, String> query, String name) {
        return "true".equalsIgnoreCase(query.getFirst(name));
    }

    private static void integer(CloudApi api, MultivaluedMap<String, String> query, String name, int min, int max) {
        String value = query.getFirst(name);
        if (value == null) {
            return;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw invalid(api, name, value, "must be from " + min + " to " + max);
            }
        } catch (NumberFormatException e) {
            throw invalid(api, name, value, "must be a whole number");
        }
    }

    private static RuntimeException invalid(CloudApi api, String name, String value, String rule) {
        String detail = "Invalid query parameter " + name + " specified: " + value + " " + rule + ".";
        if (api == CloudApi.OPS_MANAGER) {
            return new OpsManagerApiException(400, "INVALID_QUERY_PARAMETER", detail, List.of(name));
        }
        return new AtlasApiException(400, "INVALID_QUERY_PARAMETER", detail, List.of(name), Map.of(),
                BadRequestDetails.of(name, rule));
    }
}
