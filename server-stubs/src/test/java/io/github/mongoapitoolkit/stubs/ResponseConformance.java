package io.github.mongoapitoolkit.stubs;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mongoapitoolkit.client.rules.StateRules;
import io.github.mongoapitoolkit.specs.check.ExampleValidator;
import io.github.mongoapitoolkit.specs.check.LoadedSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Holds every response a test sees against the specs: a declared operation's response is checked
 * by swagger-request-validator (status declared, headers, content type, body schema); a response
 * to an undeclared path or method must still be its API's error body; mongosync progress
 * documents must also obey every {@code x-state-rules} rule; an {@code envelope=true} body is
 * unwrapped and its content checked against the status it carries.
 */
final class ResponseConformance {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> UNDECLARED = List.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    private final OpenApiInteractionValidator mongosync = validator("mongosync");
    private final OpenApiInteractionValidator atlas = validator("atlas-live-migrations");
    private final OpenApiInteractionValidator opsManager = validator("ops-manager-checkpoints");
    private final ErrorSchema mongosyncErrors = new ErrorSchema(LoadedSpec.read(spec("mongosync")), "ErrorResponse");
    private final ErrorSchema atlasErrors = new ErrorSchema(LoadedSpec.read(spec("atlas-live-migrations")), "ApiError");
    private final ErrorSchema oauthErrors = new ErrorSchema(atlasErrors.spec, "OAuthError");
    private final ErrorSchema opsManagerErrors = new ErrorSchema(LoadedSpec.read(spec("ops-manager-checkpoints")), "ApiError");
    private final StateRules stateRules = StateRules.mongosyncProgress();

    /** One error body schema and the validator for it, built once. */
    private static final class ErrorSchema {
        final LoadedSpec spec;
        final JsonNode schema;
        final ExampleValidator validator;

        ErrorSchema(LoadedSpec spec, String name) {
            this.spec = spec;
            this.schema = spec.tree().at("/components/schemas/" + name);
            this.validator = new ExampleValidator(spec);
        }
    }

    private ResponseConformance() {
    }

    /** The one instance the tests share: parsing three specs and building their validators is slow. */
    static ResponseConformance shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ResponseConformance INSTANCE = new ResponseConformance();
    }

    /** Every way the response breaks its spec; empty when it conforms. */
    List<String> problems(boolean mongosyncServer, String method, String path, String query, int status,
            Map<String, List<String>> headers, String body) {
        List<String> problems = new ArrayList<>();
        path = normalised(path);
        int checkedStatus = status;
        String checkedBody = body;
        if (query != null && query.contains("envelope=true") && status == 200 && body != null && !body.isEmpty()) {
            JsonNode tree = parse(body, problems);
            if (tree != null && tree.has("status")) {
                checkedStatus = tree.get("status").asInt();
                checkedBody = tree.has("content") ? tree.get("content").toString() : without(tree, "status");
            }
        }
        String api = mongosyncServer ? "mongosync" : cloudApi(path);
        OpenApiInteractionValidator validator = mongosyncServer ? mongosync : api.equals("ops-manager") ? opsManager : atlas;
        SimpleResponse.Builder response = SimpleResponse.Builder.status(checkedStatus);
        headers.forEach((name, values) -> response.withHeader(name, values));
        if (checkedBody != null && !checkedBody.isEmpty()) {
            response.withBody(checkedBody);
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), response.build());
        boolean undeclared = report.getMessages().stream().anyMatch(m -> UNDECLARED.contains(m.getKey()));
        if (undeclared) {
            problems.addAll(errorBodyProblems(mongosyncServer, api, checkedBody));
        } else {
            report.getMessages().forEach(m -> problems.add(m.getKey() + ": " + m.getMessage()));
        }
        if (mongosyncServer && path.equals("/api/v1/progress") && status == 200) {
            JsonNode tree = parse(body, problems);
            if (tree != null) {
                stateRules.check(tree).forEach(v -> problems.add("state rule " + v));
            }
        }
        return problems;
    }

    /**
     * A path as RFC 3986 section 6 normalises it (dot segments removed, unreserved characters
     * decoded): the operation a server that normalises answers for. Written here independently of
     * the stub's own normalisation.
     */
    static String normalised(String path) {
        StringBuilder decoded = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length()) {
                int value = Integer.parseInt(path.substring(i + 1, i + 3), 16);
                if (Character.isLetterOrDigit(value) && value < 128 || "-._~".indexOf(value) >= 0) {
                    decoded.append((char) value);
                    i += 2;
                    continue;
                }
            }
            decoded.append(c);
        }
        String normal = java.net.URI.create(decoded.toString()).normalize().getRawPath();
        while (normal.startsWith("/../")) {
            normal = normal.substring(3); // above the root stays at the root (RFC 3986 section 5.2.4)
        }
        return normal;
    }

    /** Problems of a body as the error body of an API: {@code mongosync}, {@code atlas}, {@code ops-manager} or {@code oauth}. */
    List<String> errorBodyProblems(String api, String body) {
        return errorBodyProblems(api.equals("mongosync"), api, body);
    }

    /** The cloud API a normalised path belongs to, by its prefix: judged here independently of the stub's routing. */
    static String cloudApi(String path) {
        return path.startsWith("/api/public/") ? "ops-manager" : path.equals("/api/oauth/token") ? "oauth" : "atlas";
    }

    private List<String> errorBodyProblems(boolean mongosyncServer, String api, String body) {
        List<String> problems = new ArrayList<>();
        JsonNode tree = parse(body, problems);
        if (tree == null) {
            return problems;
        }
        ErrorSchema errors = mongosyncServer ? mongosyncErrors
                : api.equals("ops-manager") ? opsManagerErrors : api.equals("oauth") ? oauthErrors : atlasErrors;
        errors.validator.problems(tree, errors.schema, false)
                .forEach(p -> problems.add("undeclared operation, error body: " + p));
        return problems;
    }

    private static JsonNode parse(String body, List<String> problems) {
        try {
            return JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            problems.add("body is not JSON: " + e.getMessage());
            return null;
        }
    }

    private static String without(JsonNode tree, String field) {
        ObjectNode copy = tree.deepCopy();
        copy.remove(field);
        return copy.toString();
    }

    private static Path spec(String api) {
        return Path.of("..", "specs", api, "openapi.yaml");
    }

    private static OpenApiInteractionValidator validator(String api) {
        try {
            return OpenApiInteractionValidator.createForInlineApiSpecification(Files.readString(spec(api))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
