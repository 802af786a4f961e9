package io.github.mongoapitoolkit.specs.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every operation has an operationId, a summary and a description, and declares its errors:
 * a 4xx and a 5xx (a {@code default} response counts as either), and 401 and 403 when it is
 * authenticated. Every
 * error response is a named {@code components/responses} entry with an example.
 */
final class OperationsRule implements SpecRule {

    static final String NO_DESCRIPTION = "operation-without-description";
    static final String NO_ERRORS = "operation-without-error-responses";
    static final String NO_AUTH_ERRORS = "operation-without-auth-errors";
    static final String ERROR_NOT_NAMED = "error-response-not-named";
    static final String ERROR_WITHOUT_EXAMPLE = "error-response-without-example";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String RESPONSES_PREFIX = "#/components/responses/";

    @Override
    public List<Finding> check(LoadedSpec spec) {
        List<Finding> findings = new ArrayList<>();
        boolean globallySecured = hasSecurity(spec.tree().path("security"));
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.tree().path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    String pointer = "/paths/" + JsonPointers.escape(path.getKey()) + "/" + op.getKey();
                    boolean secured = op.getValue().has("security") ? hasSecurity(op.getValue().get("security")) : globallySecured;
                    checkOperation(spec, pointer, op.getValue(), secured, findings);
                }
            }
        }
        return findings;
    }

    private void checkOperation(LoadedSpec spec, String pointer, JsonNode op, boolean secured, List<Finding> findings) {
        for (String field : List.of("operationId", "summary", "description")) {
            if (op.path(field).asText("").isBlank()) {
                findings.add(spec.finding(NO_DESCRIPTION, pointer, "has no " + field));
            }
        }
        JsonNode responses = op.path("responses");
        boolean clientError = false;
        boolean serverError = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            String status = response.getKey();
            clientError |= status.startsWith("4") || status.equals("default");
            serverError |= status.startsWith("5") || status.equals("default");
            if (status.startsWith("4") || status.startsWith("5") || status.equals("default")) {
                checkErrorResponse(spec, pointer + "/responses/" + status, response.getValue(), findings);
            }
        }
        if (!clientError || !serverError) {
            findings.add(spec.finding(NO_ERRORS, pointer + "/responses",
                    "declares no " + (clientError ? "5xx or default" : "4xx") + " response"));
        }
        if (secured) {
            for (String status : List.of("401", "403")) {
                if (!responses.has(status)) {
                    findings.add(spec.finding(NO_AUTH_ERRORS, pointer + "/responses",
                            "is authenticated but does not declare " + status));
                }
            }
        }
    }

    private void checkErrorResponse(LoadedSpec spec, String pointer, JsonNode response, List<Finding> findings) {
        String ref = response.path("$ref").asText("");
        if (!ref.startsWith(RESPONSES_PREFIX)) {
            findings.add(spec.finding(ERROR_NOT_NAMED, pointer,
                    "is inline; declare it under components/responses and $ref it"));
            return;
        }
        String name = ref.substring(RESPONSES_PREFIX.length());
        JsonNode named = spec.tree().path("components").path("responses").path(name);
        boolean hasExample = false;
        for (JsonNode mediaType : named.path("content")) {
            hasExample |= mediaType.has("example") || mediaType.path("examples").size() > 0;
        }
        if (!hasExample) {
            findings.add(spec.finding(ERROR_WITHOUT_EXAMPLE, "/components/responses/" + JsonPointers.escape(name),
                    "has no example"));
        }
    }

    private static boolean hasSecurity(JsonNode security) {
        for (JsonNode requirement : security) {
            if (requirement.size() > 0) {
                return true;
            }
        }
        return false;
    }
}
