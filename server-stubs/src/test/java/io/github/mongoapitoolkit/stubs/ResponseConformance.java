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
import io.github.mongoapitoolkit.stubs.cloud.CloudApi;
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
        int checkedStatus = status;
        String checkedBody = body;
        if (query != null && query.contains("envelope=true") && status == 200 && body != null && !body.isEmpty()) {
            JsonNode tree = parse(body, problems);
            if (tree != null && tree.has("status")) {
                checkedStatus = tree.get("status").asInt();
                checkedBody = tree.has("content") ? tree.get("content").toString() : without(tree, "status");
            }
        }
        CloudApi api = mongosyncServer ? null : CloudApi.of(path);
        OpenApiInteractionValidator validator = mongosyncServer ? mongosync : api == CloudApi.OPS_MANAGER ? opsManager : atlas;
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

    private List<String> errorBodyProblems(boolean mongosyncServer, CloudApi api, String body) {
        List<String> problems = new ArrayList<>();
        JsonNode tree = parse(body, problems);
        if (tree == null) {
            return problems;
        }
        ErrorSchema errors = mongosyncServer ? mongosyncErrors
                : api == CloudApi.OPS_MANAGER ? opsManagerErrors : api == CloudApi.OAUTH ? oauthErrors : atlasErrors;
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
