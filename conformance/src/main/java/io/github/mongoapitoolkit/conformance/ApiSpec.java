package io.github.mongoapitoolkit.conformance;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.mongoapitoolkit.specs.check.ExampleValidator;
import io.github.mongoapitoolkit.specs.check.LoadedSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * One spec as the {@code mongodb-api-specs} artifact on the classpath has it, read once per JVM:
 * the raw tree (patterns, enums and media types are taken from it, never retyped), its
 * operations, and, built when first asked for, its validators. What spec-derived matchers are
 * made of: {@link #pattern}, {@link #enumPattern}, {@link #mediaType}, {@link #contentTypePattern}.
 */
public final class ApiSpec {

    /**
     * The one rule relaxed when requests are checked: a recorded request (a pact, a HAR) leaves
     * credentials to the transport (Digest needs a challenge first, bearer tokens expire).
     */
    public static final String CREDENTIALS_LEFT_TO_TRANSPORT = "validation.request.security.missing";

    private static final Map<MongoApi, ApiSpec> LOADED = new EnumMap<>(MongoApi.class);
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final MongoApi api;
    private final String text;
    private final JsonNode tree;
    private final List<Operation> operations;
    private LoadedSpec loaded;
    private OpenApiInteractionValidator interactionValidator;
    private ExampleValidator schemaValidator;

    /** One operation: its id, method, path template and every status it declares. */
    public record Operation(MongoApi api, String id, String method, String pathTemplate, List<String> statuses,
            Pattern pathPattern) {

        public boolean matches(String requestMethod, String path) {
            return method.equalsIgnoreCase(requestMethod) && pathPattern.matcher(path).matches();
        }

        @Override
        public String toString() {
            return id + " (" + method + " " + pathTemplate + ")";
        }
    }

    private ApiSpec(MongoApi api) {
        this.api = api;
        this.text = api.specText();
        try {
            this.tree = YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + api.specResource(), e);
        }
        this.operations = readOperations();
    }

    public static synchronized ApiSpec of(MongoApi api) {
        return LOADED.computeIfAbsent(api, ApiSpec::new);
    }

    public MongoApi api() {
        return api;
    }

    /** The spec's YAML text, as published. */
    public String text() {
        return text;
    }

    public JsonNode tree() {
        return tree;
    }

    /** The spec parsed by swagger-parser, as the spec checks see it. */
    public synchronized LoadedSpec loaded() {
        if (loaded == null) {
            loaded = LoadedSpec.parse(Path.of("specs", api.specName(), "openapi.yaml"), text);
        }
        return loaded;
    }

    /** swagger-request-validator for this spec, every rule at its default level but {@link #CREDENTIALS_LEFT_TO_TRANSPORT}. */
    public synchronized OpenApiInteractionValidator interactionValidator() {
        if (interactionValidator == null) {
            interactionValidator = OpenApiInteractionValidator.createForInlineApiSpecification(text)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel(CREDENTIALS_LEFT_TO_TRANSPORT, ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        }
        return interactionValidator;
    }

    /** Holds a JSON value against one of the spec's schemas. */
    public synchronized ExampleValidator schemaValidator() {
        if (schemaValidator == null) {
            schemaValidator = new ExampleValidator(loaded());
        }
        return schemaValidator;
    }

    public JsonNode schema(String name) {
        JsonNode schema = tree.at("/components/schemas/" + name);
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException(api.specName() + " has no schema " + name);
        }
        return schema;
    }

    /** The schema of a property, following {@code $ref}s. */
    public JsonNode property(String schemaName, String property) {
        JsonNode node = resolve(schema(schemaName)).path("properties").path(property);
        if (node.isMissingNode()) {
            throw new IllegalArgumentException(api.specName() + " schema " + schemaName + " has no property " + property);
        }
        return resolve(node);
    }

    /** True when the schema's {@code required} lists the property. */
    public boolean isRequired(String schemaName, String property) {
        for (JsonNode name : resolve(schema(schemaName)).path("required")) {
            if (name.asText().equals(property)) {
                return true;
            }
        }
        return false;
    }

    /** A schema with its {@code $ref}s followed to the definition. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = tree.at(current.get("$ref").asText().substring(1));
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

    /** An anchored regex accepting exactly the (non-null) enum values of a schema or property. */
    public String enumPattern(JsonNode schema) {
        List<String> values = new ArrayList<>();
        resolve(schema).path("enum").forEach(v -> {
            if (!v.isNull()) {
                values.add(Pattern.quote(v.asText()));
            }
        });
        if (values.isEmpty()) {
            throw new IllegalArgumentException(api.specName() + ": schema has no enum: " + schema);
        }
        return "^(" + String.join("|", values) + ")$";
    }

    /** The media type the spec declares for a response of an operation, such as its 200. */
    public String mediaType(String operationId, String status) {
        Iterator<String> types = resolve(operationNode(operationId).path("responses").path(status)).path("content").fieldNames();
        if (!types.hasNext()) {
            throw new IllegalArgumentException(api.specName() + " " + operationId + " " + status + " declares no content");
        }
        return types.next();
    }

    /** A regex for the Content-Type of a response: its declared media type, optionally with a UTF-8 charset. */
    public String contentTypePattern(String operationId, String status) {
        return Pattern.quote(mediaType(operationId, status)) + "(;\\s?charset=(utf|UTF)-8)?";
    }

    /** The name of the schema a response's content refers to, if it refers to a named one. */
    public Optional<String> responseSchemaName(String operationId, String status) {
        JsonNode response = resolve(operationNode(operationId).path("responses").path(status));
        for (JsonNode media : response.path("content")) {
            JsonNode ref = media.path("schema").path("$ref");
            if (ref.isTextual() && ref.asText().startsWith("#/components/schemas/")) {
                return Optional.of(ref.asText().substring("#/components/schemas/".length()));
            }
        }
        return Optional.empty();
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The operation that declares a method on a (normalised) path. */
    public Optional<Operation> operation(String method, String path) {
        return operations.stream().filter(op -> op.matches(method, path)).findFirst();
    }

    public Operation operation(String operationId) {
        return findOperation(operationId)
                .orElseThrow(() -> new IllegalArgumentException(api.specName() + " has no operation " + operationId));
    }

    public Optional<Operation> findOperation(String operationId) {
        return operations.stream().filter(op -> op.id().equals(operationId)).findFirst();
    }

    /** The operations declared on a (normalised) path, whatever their method. */
    public List<Operation> operationsOn(String path) {
        return operations.stream().filter(op -> op.pathPattern().matcher(path).matches()).toList();
    }

    JsonNode operationNode(String operationId) {
        Operation op = operation(operationId);
        return tree.path("paths").path(op.pathTemplate()).path(op.method().toLowerCase(Locale.ROOT));
    }

    private String requirePattern(JsonNode schema, String where) {
        JsonNode pattern = resolve(schema).path("pattern");
        if (!pattern.isTextual()) {
            throw new IllegalArgumentException(api.specName() + " " + where + " has no pattern");
        }
        return pattern.asText();
    }

    private List<Operation> readOperations() {
        List<Operation> found = new ArrayList<>();
        tree.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
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
