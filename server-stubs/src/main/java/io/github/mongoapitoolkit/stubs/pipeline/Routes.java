package io.github.mongoapitoolkit.stubs.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The operations one server port serves, read from its specs, and the one place a request is
 * matched to them. A path nothing matches belongs to the API whose paths share most of its leading
 * segments (the first spec on a tie), and is answered in that API's error shape.
 */
public final class Routes {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private final List<Operation> operations;
    private final Map<String, Api> specApis;
    private final Api portOwner;

    private Routes(List<Operation> operations, Map<String, Api> specApis) {
        // Literal segments first, so that a fixed path wins over a template of the same length.
        this.operations = operations.stream().sorted(Comparator.comparingInt((Operation o) -> -o.path().literals())).toList();
        this.specApis = specApis;
        this.portOwner = specApis.values().iterator().next();
    }

    /**
     * @param specs the parsed specs of one port, in order of precedence, each with the API whose
     *              error shape its operations use (an operation whose error responses are
     *              {@code OAuthError} uses {@link Api#OAUTH})
     */
    public static Routes of(Map<Api, JsonNode> specs, Map<Api, String> specNames) {
        List<Operation> operations = new ArrayList<>();
        Map<String, Api> apis = new LinkedHashMap<>();
        specs.forEach((api, spec) -> {
            apis.put(specNames.get(api), api);
            operations.addAll(operations(api, specNames.get(api), spec));
        });
        return new Routes(operations, apis);
    }

    /** The operation of this port with that operationId. */
    public Optional<Operation> operation(String operationId) {
        return operations.stream().filter(o -> o.operationId().equals(operationId)).findFirst();
    }

    public Api portOwner() {
        return portOwner;
    }

    /**
     * The API whose shape answers a request the codec holds before the pipeline has run (a framing
     * error, a late body): the route of its target, or the port's API when the target cannot be read.
     */
    public Api apiOf(String method, String rawPath, String rawQuery) {
        try {
            return match(method, RequestTarget.parse(rawPath, rawQuery).path()).api();
        } catch (RequestTarget.Invalid | RuntimeException unreadable) {
            return portOwner;
        }
    }

    /** Matches a method and a normalised path; HEAD is matched as GET (RFC 9110 section 9.3.2). */
    public Route match(String method, String path) {
        String[] segments = path.substring(1).split("/", -1);
        String wanted = method.equals("HEAD") ? "GET" : method;
        Set<String> allowed = null;
        Operation owner = null;
        int shared = -1;
        for (Operation operation : operations) {
            Optional<Map<String, String>> parameters = operation.path().match(segments);
            if (parameters.isPresent()) {
                if (operation.method().equals(wanted)) {
                    return Route.matched(operation, parameters.get());
                }
                if (allowed == null) {
                    allowed = new TreeSet<>();
                    owner = operation;
                }
                allowed.add(operation.method());
            } else if (allowed == null) {
                int n = operation.path().sharedPrefix(segments);
                if (n > shared || (n == shared && owner != null && precedence(operation) < precedence(owner))) {
                    shared = n;
                    owner = operation;
                }
            }
        }
        Api api = owner == null ? portOwner : specApis.get(owner.spec());
        if (allowed != null) {
            return Route.methodNotAllowed(owner.api(), String.join(",", allowed));
        }
        return Route.notFound(shared > 0 ? api : portOwner);
    }

    private int precedence(Operation operation) {
        return new ArrayList<>(specApis.keySet()).indexOf(operation.spec());
    }

    private static List<Operation> operations(Api api, String spec, JsonNode tree) {
        Map<String, Scheme> schemes = new LinkedHashMap<>();
        tree.path("components").path("securitySchemes").fields()
                .forEachRemaining(s -> schemes.put(s.getKey(), Scheme.of(s.getKey(), s.getValue())));
        JsonNode globalSecurity = tree.path("security");
        List<Operation> operations = new ArrayList<>();
        tree.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            JsonNode security = operation.has("security") ? operation.get("security") : globalSecurity;
            Set<String> statuses = new LinkedHashSet<>();
            operation.path("responses").fieldNames().forEachRemaining(statuses::add);
            operations.add(new Operation(usesOAuthErrors(tree, operation) ? Api.OAUTH : api, spec,
                    operation.path("operationId").asText(), entry.getKey().toUpperCase(Locale.ROOT),
                    PathTemplate.of(path.getKey()), statuses, security(security, schemes), versions(operation),
                    List.copyOf(requestTypes(tree, operation)), roles(operation)));
        }));
        return operations;
    }

    private static List<Set<Scheme>> security(JsonNode requirement, Map<String, Scheme> schemes) {
        List<Set<Scheme>> alternatives = new ArrayList<>();
        for (JsonNode alternative : requirement) {
            Set<Scheme> all = new LinkedHashSet<>();
            alternative.fieldNames().forEachRemaining(name -> {
                Scheme scheme = schemes.get(name);
                if (scheme == null) {
                    throw new IllegalArgumentException("security names " + name + ", which securitySchemes does not define");
                }
                all.add(scheme);
            });
            if (all.isEmpty()) {
                // {} among the alternatives: the operation may also be called without credentials.
                return List.of();
            }
            alternatives.add(all);
        }
        return List.copyOf(alternatives);
    }

    private static List<String> versions(JsonNode operation) {
        Set<String> versions = new TreeSet<>();
        operation.path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                response.getValue().path("content").forEach(media -> {
                    if (media.has("x-xgen-version")) {
                        versions.add(media.get("x-xgen-version").asText());
                    }
                });
            }
        });
        return List.copyOf(versions);
    }

    private static List<String> roles(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        operation.path("x-rolesRequirements").forEach(role -> roles.add(role.asText()));
        return List.copyOf(roles);
    }

    private static List<String> requestTypes(JsonNode tree, JsonNode operation) {
        List<String> types = new ArrayList<>();
        resolve(tree, operation.path("requestBody")).path("content").fieldNames().forEachRemaining(types::add);
        return types;
    }

    /** Whether the operation's error responses are the RFC 6749 {@code OAuthError}, not the spec's own. */
    private static boolean usesOAuthErrors(JsonNode tree, JsonNode operation) {
        return operation.path("responses").properties().stream()
                .filter(r -> r.getKey().startsWith("4"))
                .map(r -> resolve(tree, r.getValue()))
                .flatMap(r -> r.path("content").findValues("$ref").stream())
                .map(JsonNode::asText)
                .collect(Collectors.toSet())
                .contains("#/components/schemas/OAuthError");
    }

    private static JsonNode resolve(JsonNode tree, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? tree.at(ref.substring(1)) : node;
    }
}
