package io.github.mongoapitoolkit.conformance;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mongoapitoolkit.client.rules.StateRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one "this exchange conforms to the spec" check, for a server that serves one or more of the
 * APIs (mongosync alone; Atlas and Ops Manager on one cloud port):
 * <ul>
 * <li>a declared operation's response by swagger-request-validator: status declared, headers,
 * media type, body schema with its patterns and nullability;
 * <li>a response whose schema carries {@code x-state-rules} (mongosync's progress) against every
 * rule;
 * <li>an Atlas {@code envelope=true} answer unwrapped, its content checked against the status it
 * carries;
 * <li>the answer to a request no operation declares (unknown path, or a method the path does not
 * have) against the API's own error body: a 404 or 405 is allowed, an HTML page is not.
 * </ul>
 * The request target is normalised as RFC 3986 section 6 says (dot segments removed, unreserved
 * characters decoded) before the operation is looked up: that is the operation a normalising
 * server answers for. Instances are shared and thread-safe; build them once.
 */
public final class ConformanceCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> UNDECLARED = Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");
    private static final Map<List<MongoApi>, ConformanceCheck> SHARED = new ConcurrentHashMap<>();

    private final List<ApiSpec> specs;
    private final Map<String, Optional<StateRules>> stateRules = new ConcurrentHashMap<>();

    private ConformanceCheck(List<MongoApi> apis) {
        this.specs = apis.stream().map(ApiSpec::of).toList();
    }

    /**
     * The check for a server serving these APIs, one per JVM per list. The first is the server's
     * own: a path that is no closer to another API's paths is judged by its error body.
     */
    public static ConformanceCheck of(MongoApi first, MongoApi... more) {
        List<MongoApi> apis = new ArrayList<>(List.of(first));
        apis.addAll(List.of(more));
        return SHARED.computeIfAbsent(List.copyOf(apis), ConformanceCheck::new);
    }

    /** mongosync's port. */
    public static ConformanceCheck mongosync() {
        return of(MongoApi.MONGOSYNC);
    }

    /** The cloud port: Atlas live migrations and Ops Manager checkpoints. */
    public static ConformanceCheck cloud() {
        return of(MongoApi.ATLAS_LIVE_MIGRATIONS, MongoApi.OPS_MANAGER_CHECKPOINTS);
    }

    /** Every way the response to this request breaks the specs; empty when it conforms. */
    public List<Violation> check(ObservedRequest request, ObservedResponse response) {
        String path = TargetNormalisation.path(request.path());
        Optional<ApiSpec.Operation> operation = operation(request.method(), path);
        String operationId = operation.map(ApiSpec.Operation::id).orElse(null);
        List<Violation> violations = new ArrayList<>();
        Answer answer = answer(request, response, operationId, violations);
        int status = answer.status();
        Optional<String> body = answer.body();
        if (operation.isEmpty()) {
            violations.addAll(undeclared(path, body));
            return violations;
        }
        ApiSpec spec = operation.get().api().spec();
        SimpleResponse.Builder checked = SimpleResponse.Builder.status(status);
        response.headers().forEach(checked::withHeader);
        body.ifPresent(checked::withBody);
        ValidationReport report = spec.interactionValidator().validateResponse(path, Request.Method.valueOf(request.method()),
                checked.build());
        violations.addAll(violations(report, operationId));
        Optional<StateRules> rules = stateRules(spec, operationId, status);
        if (rules.isPresent() && body.isPresent()) {
            JsonNode tree = parse(body.get(), operationId, violations);
            if (tree != null) {
                rules.get().check(tree).forEach(v -> violations.add(new Violation(v.ruleId(), Optional.of(operationId),
                        Optional.of(v.pointer()), v.message())));
            }
        }
        return violations;
    }

    /**
     * The status and body an answer carries: an Atlas {@code envelope=true} answer's own, else the
     * response's. A 200 envelope that is not JSON adds {@link Violation#NOT_JSON}.
     */
    record Answer(int status, Optional<String> body) {
    }

    Answer answer(ObservedRequest request, ObservedResponse response, String operationId, List<Violation> violations) {
        int status = response.status();
        Optional<String> body = response.body();
        if (request.query().filter(ConformanceCheck::enveloped).isPresent() && status == 200 && body.isPresent()) {
            JsonNode tree = parse(body.get(), operationId, violations);
            if (tree != null && tree.has("status")) {
                status = tree.get("status").asInt();
                body = Optional.of(tree.has("content") ? tree.get("content").toString() : without(tree, "status"));
            }
        }
        return new Answer(status, body);
    }

    /**
     * Every way a request breaks the spec of its operation (parameters, patterns, body, media
     * types), credentials aside: a recorded request leaves them to the transport.
     */
    public List<Violation> checkRequest(ObservedRequest request) {
        String path = TargetNormalisation.path(request.path());
        Optional<ApiSpec.Operation> operation = operation(request.method(), path);
        ApiSpec spec = operation.map(op -> op.api().spec()).orElse(closestSpec(path));
        SimpleRequest.Builder checked = new SimpleRequest.Builder(request.method(), path);
        request.headers().forEach(checked::withHeader);
        request.query().ifPresent(query -> {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty()) {
                    int equals = pair.indexOf('=');
                    checked.withQueryParam(decode(equals < 0 ? pair : pair.substring(0, equals)),
                            equals < 0 ? "" : decode(pair.substring(equals + 1)));
                }
            }
        });
        request.body().ifPresent(checked::withBody);
        return violations(spec.interactionValidator().validateRequest(checked.build()), operation.map(ApiSpec.Operation::id).orElse(null));
    }

    /**
     * Problems of a JSON value as one of the spec's schemas (as a request body when
     * {@code asRequest}: read-only properties must then be absent), and against the schema's
     * {@code x-state-rules} when it has them.
     */
    public List<Violation> checkValue(MongoApi api, String schemaName, JsonNode value, boolean asRequest) {
        ApiSpec spec = api.spec();
        List<Violation> violations = new ArrayList<>();
        for (String problem : spec.schemaValidator().problems(value, spec.schema(schemaName), asRequest)) {
            int colon = problem.indexOf(": ");
            violations.add(new Violation(colon < 0 ? "validation.schema" : problem.substring(0, colon), Optional.empty(),
                    Optional.empty(), colon < 0 ? problem : problem.substring(colon + 2)));
        }
        schemaRules(spec, schemaName).ifPresent(rules -> rules.check(value).forEach(v -> violations.add(
                new Violation(v.ruleId(), Optional.empty(), Optional.of(v.pointer()), v.message()))));
        return violations;
    }

    /** Problems of a body as the API's error body: for an answer the pipeline wrote itself, say. */
    public List<Violation> checkErrorBody(MongoApi api, String body) {
        return errorBody(api.spec(), api.errorSchema(), body);
    }

    /** Problems of a body as one of the API's error schemas, such as Atlas's {@code OAuthError}. */
    public List<Violation> checkErrorBody(MongoApi api, String schemaName, String body) {
        return errorBody(api.spec(), schemaName, body);
    }

    /** The operation a (normalised) path and method name, in the first spec that declares it. */
    public Optional<ApiSpec.Operation> operation(String method, String normalisedPath) {
        return specs.stream().map(spec -> spec.operation(method, normalisedPath)).flatMap(Optional::stream).findFirst();
    }

    private List<Violation> undeclared(String path, Optional<String> body) {
        ApiSpec spec = closestSpec(path);
        // A path with other methods answers in the error shape its operations declare (OAuth's, for the token path).
        String schema = spec.operationsOn(path).stream().findFirst()
                .flatMap(op -> op.statuses().stream().filter(s -> s.startsWith("4"))
                        .map(s -> spec.responseSchemaName(op.id(), s)).flatMap(Optional::stream).findFirst())
                .orElse(spec.api().errorSchema());
        return errorBody(spec, schema, body.orElse(""));
    }

    private List<Violation> errorBody(ApiSpec spec, String schema, String body) {
        List<Violation> violations = new ArrayList<>();
        JsonNode tree = parse(body, null, violations);
        if (tree != null) {
            spec.schemaValidator().problems(tree, spec.schema(schema), false).forEach(problem ->
                    violations.add(new Violation(Violation.ERROR_BODY, Optional.empty(), Optional.empty(), schema + ": " + problem)));
        }
        return violations;
    }

    /**
     * For a path no operation declares: the spec with an operation on the path, else the one
     * whose paths share the most leading segments with it, the server's own API on a tie.
     */
    private ApiSpec closestSpec(String path) {
        ApiSpec closest = specs.get(0);
        int best = -1;
        for (ApiSpec spec : specs) {
            int shared = spec.operationsOn(path).isEmpty()
                    ? spec.operations().stream().mapToInt(op -> commonSegments(op.pathTemplate(), path)).max().orElse(0)
                    : Integer.MAX_VALUE;
            if (shared > best) {
                closest = spec;
                best = shared;
            }
        }
        return closest;
    }

    private static int commonSegments(String template, String path) {
        String[] a = template.split("/", -1);
        String[] b = path.split("/", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i]) && !a[i].startsWith("{")) {
            i++;
        }
        return i;
    }

    private Optional<StateRules> stateRules(ApiSpec spec, String operationId, int status) {
        return spec.responseSchemaName(operationId, String.valueOf(status)).flatMap(name -> schemaRules(spec, name));
    }

    /** A schema's {@code x-state-rules}, read once per check. */
    private Optional<StateRules> schemaRules(ApiSpec spec, String schemaName) {
        return stateRules.computeIfAbsent(spec.api() + " " + schemaName, key -> spec.schema(schemaName).has("x-state-rules")
                ? Optional.of(StateRules.fromSpec(spec.tree(), schemaName)) : Optional.empty());
    }

    private static List<Violation> violations(ValidationReport report, String operationId) {
        List<Violation> violations = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR || UNDECLARED.contains(message.getKey()) && operationId != null) {
                continue;
            }
            Optional<String> pointer = message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                    .map(ValidationReport.MessageContext.Pointers::getInstance).filter(p -> !p.isEmpty());
            violations.add(new Violation(message.getKey(), Optional.ofNullable(operationId), pointer, message.getMessage()));
        }
        return violations;
    }

    private static JsonNode parse(String body, String operationId, List<Violation> violations) {
        try {
            JsonNode tree = JSON.readTree(body == null ? "" : body);
            if (tree == null || tree.isMissingNode()) {
                violations.add(new Violation(Violation.NOT_JSON, Optional.ofNullable(operationId), Optional.empty(), "the body is empty"));
                return null;
            }
            return tree;
        } catch (IOException e) {
            violations.add(new Violation(Violation.NOT_JSON, Optional.ofNullable(operationId), Optional.empty(), e.getMessage()));
            return null;
        }
    }

    /** Atlas's {@code envelope=true}: its first value, in any case, as Atlas reads it. */
    private static boolean enveloped(String query) {
        for (String pair : query.split("&")) {
            if (pair.startsWith("envelope=")) {
                return pair.substring("envelope=".length()).equalsIgnoreCase("true");
            }
        }
        return false;
    }

    private static String without(JsonNode tree, String field) {
        ObjectNode copy = tree.deepCopy();
        copy.remove(field);
        return copy.toString();
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
