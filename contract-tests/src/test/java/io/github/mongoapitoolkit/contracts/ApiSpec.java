package io.github.mongoapitoolkit.contracts;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.mongoapitoolkit.specs.check.ExampleValidator;
import io.github.mongoapitoolkit.specs.check.LoadedSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One spec as the contract tests read it, parsed once per run: the raw tree (patterns, enums and
 * media types are taken from it, never retyped), the validators, and its operations.
 */
public final class ApiSpec {

    private static final Map<ApiContract, ApiSpec> LOADED = new EnumMap<>(ApiContract.class);
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final ApiContract api;
    private final LoadedSpec spec;
    private final List<Operation> operations;
    private OpenApiInteractionValidator interactionValidator;
    private ExampleValidator schemaValidator;

    /** One operation: its id, method, path template and every status it declares. */
    public record Operation(ApiContract api, String id, String method, String pathTemplate, List<String> statuses,
            Pattern pathPattern) {

        public boolean matches(String requestMethod, String path) {
            return method.equalsIgnoreCase(requestMethod) && pathPattern.matcher(path).matches();
        }

        @Override
        public String toString() {
            return id + " (" + method + " " + pathTemplate + ")";
        }
    }

    private ApiSpec(ApiContract api) {
        this.api = api;
        this.spec = LoadedSpec.read(file(api));
        this.operations = readOperations();
    }

    public static synchronized ApiSpec of(ApiContract api) {
        return LOADED.computeIfAbsent(api, ApiSpec::new);
    }

    /** The spec file, relative to this module as Maven runs its tests. */
    public static Path file(ApiContract api) {
        return Path.of("..", "specs", api.provider(), "openapi.yaml");
    }

    public ApiContract api() {
        return api;
    }

    public JsonNode tree() {
        return spec.tree();
    }

    public LoadedSpec loaded() {
        return spec;
    }

    public synchronized OpenApiInteractionValidator interactionValidator() {
        if (interactionValidator == null) {
            interactionValidator = PactInteractionRules.validatorFor(file(api));
        }
        return interactionValidator;
    }

    public synchronized ExampleValidator schemaValidator() {
        if (schemaValidator == null) {
            schemaValidator = new ExampleValidator(spec);
        }
        return schemaValidator;
    }

    public JsonNode schema(String name) {
        JsonNode schema = spec.tree().at("/components/schemas/" + name);
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException(api.provider() + " has no schema " + name);
        }
        return schema;
    }

    /** The schema of a property, following one {@code $ref}. */
    public JsonNode property(String schemaName, String property) {
        JsonNode node = schema(schemaName).path("properties").path(property);
        if (node.isMissingNode()) {
            throw new IllegalArgumentException(api.provider() + " schema " + schemaName + " has no property " + property);
        }
        return resolve(node);
    }

    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = spec.tree().at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /** The {@code pattern} of a named schema, as the spec writes it. */
    public String pattern(String schemaName) {
        return requirePattern(schema(schemaName), schemaName);
    }

    /** The {@code pattern} of a property, as the spec writes it. */
    public String pattern(String schemaName, String property) {
        return requirePattern(property(schemaName, property), schemaName + "." + property);
    }

    /** An anchored regex accepting exactly the enum values of a schema or property. */
    public String enumPattern(JsonNode schema) {
        List<String> values = new ArrayList<>();
        resolve(schema).path("enum").forEach(v -> {
            if (!v.isNull()) {
                values.add(Pattern.quote(v.asText()));
            }
        });
        if (values.isEmpty()) {
            throw new IllegalArgumentException(api.provider() + ": schema has no enum: " + schema);
        }
        return "^(" + String.join("|", values) + ")$";
    }

    /** The media type the spec declares for a response of an operation, such as its 200. */
    public String mediaType(String operationId, String status) {
        Iterator<String> types = resolve(operationNode(operationId).path("responses").path(status)).path("content").fieldNames();
        if (!types.hasNext()) {
            throw new IllegalArgumentException(api.provider() + " " + operationId + " " + status + " declares no content");
        }
        return types.next();
    }

    /** A regex for the Content-Type of a response: its declared media type, optionally with a charset. */
    public String contentTypePattern(String operationId, String status) {
        return Pattern.quote(mediaType(operationId, status)) + "(;\\s?charset=(utf|UTF)-8)?";
    }

    public List<Operation> operations() {
        return operations;
    }

    public Optional<Operation> operation(String method, String path) {
        return operations.stream().filter(op -> op.matches(method, path)).findFirst();
    }

    public Operation operation(String operationId) {
        return operations.stream().filter(op -> op.id().equals(operationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(api.provider() + " has no operation " + operationId));
    }

    private JsonNode operationNode(String operationId) {
        Operation op = operation(operationId);
        return spec.tree().path("paths").path(op.pathTemplate()).path(op.method().toLowerCase(Locale.ROOT));
    }

    private String requirePattern(JsonNode schema, String where) {
        JsonNode pattern = resolve(schema).path("pattern");
        if (!pattern.isTextual()) {
            throw new IllegalArgumentException(api.provider() + " " + where + " has no pattern");
        }
        return pattern.asText();
    }

    private List<Operation> readOperations() {
        List<Operation> found = new ArrayList<>();
        spec.tree().path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode op = path.getValue().path(method);
            if (op.isMissingNode()) {
                return;
            }
            List<String> statuses = new ArrayList<>();
            op.path("responses").fieldNames().forEachRemaining(statuses::add);
            StringBuilder regex = new StringBuilder("^");
            for (String segment : path.getKey().split("/", -1)) {
                if (!segment.isEmpty()) {
                    regex.append('/').append(segment.matches("\\{[^}]+}") ? "[^/]+" : Pattern.quote(segment));
                }
            }
            found.add(new Operation(api, op.path("operationId").asText(), method.toUpperCase(Locale.ROOT), path.getKey(),
                    List.copyOf(statuses), Pattern.compile(regex.append('$').toString())));
        }));
        return List.copyOf(found);
    }
}
