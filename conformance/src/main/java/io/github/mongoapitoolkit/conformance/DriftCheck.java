package io.github.mongoapitoolkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real server's exchange judged against one API's spec: the {@link ConformanceCheck}'s
 * violations, and the drift, what the answer has that the spec does not know yet (a property, an
 * enum value, a status, a media type version, a header, an endpoint). Drift where the spec leaves
 * room (an optional position, a property of an object that does not forbid others) is not a
 * violation: it is the signal to extend the spec. A new enum value or status is drift even where
 * the validator would call it a violation, because it is the server that moved, not the spec
 * that was broken. Values shown in findings have secrets redacted. Thread-safe; build it once.
 */
public final class DriftCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<MongoApi, DriftCheck> SHARED = new ConcurrentHashMap<>();
    private static final Pattern ATLAS_VERSION = Pattern.compile("^application/vnd\\.atlas\\.(\\d{4}-\\d{2}-\\d{2})\\+json$");
    private static final String STATUS_UNKNOWN = "validation.response.status.unknown";
    /** Headers HTTP itself defines (RFC 9110, 9111, 9112 and the common security and CORS ones): never drift. */
    private static final Set<String> HTTP_HEADERS = Set.of("date", "server", "content-type", "content-length", "content-encoding",
            "content-language", "content-location", "content-range", "transfer-encoding", "connection", "keep-alive", "trailer",
            "upgrade", "vary", "cache-control", "pragma", "expires", "etag", "last-modified", "age", "via", "accept-ranges",
            "allow", "www-authenticate", "proxy-authenticate", "strict-transport-security", "x-content-type-options",
            "x-frame-options", "x-xss-protection", "content-security-policy", "referrer-policy", "permissions-policy",
            "access-control-allow-origin", "access-control-allow-credentials", "access-control-allow-headers",
            "access-control-allow-methods", "access-control-expose-headers", "access-control-max-age", "alt-svc", "set-cookie");

    private final MongoApi api;
    private final ConformanceCheck check;

    private DriftCheck(MongoApi api) {
        this.api = api;
        this.check = ConformanceCheck.of(api);
    }

    /** The check for a server of this API, one per JVM. */
    public static DriftCheck of(MongoApi api) {
        return SHARED.computeIfAbsent(api, DriftCheck::new);
    }

    public MongoApi api() {
        return api;
    }

    /** The operation a request is for, if the spec declares it. */
    public Optional<ApiSpec.Operation> operation(ObservedRequest request) {
        return check.operation(request.method(), TargetNormalisation.path(request.path()));
    }

    /** Every violation and every drift in this exchange; empty when the answer is what the spec says. */
    public List<Finding> judge(ObservedRequest request, ObservedResponse response) {
        Optional<ApiSpec.Operation> operation = operation(request);
        if (operation.isEmpty()) {
            return undeclared(request, response);
        }
        String operationId = operation.get().id();
        ApiSpec spec = api.spec();
        // Parse problems of an envelope are the check's to report, below.
        ConformanceCheck.Answer answer = check.answer(request, response, operationId, new ArrayList<>());
        JsonNode responses = spec.operationNode(operationId).path("responses");
        String status = String.valueOf(answer.status());
        List<Finding> drift = new ArrayList<>();
        Set<String> reclassified = new HashSet<>();
        JsonNode declared = declaredResponse(responses, status);
        if (declared.isMissingNode()) {
            drift.add(new Finding(Finding.Kind.DRIFT, Finding.DRIFT_STATUS, Optional.of(operationId), Optional.empty(),
                    Optional.of(IntNode.valueOf(answer.status())), "the operation does not list status " + status,
                    Optional.of(new Finding.Suggestion("#" + operationPointer(operation.get()) + "/responses",
                            SpecFragments.status(answer.status(), api.errorSchema(), errorShaped(spec, answer.body()))))));
            reclassified.add(STATUS_UNKNOWN);
            declared = spec.resolve(responses.path("default"));
        } else {
            declared = spec.resolve(declared);
        }
        ObservedResponse judged = response;
        String mediaType = mediaType(response);
        JsonNode content = declared.path("content");
        if (answer.body().isPresent() && content.size() > 0 && mediaType != null && !content.has(mediaType)) {
            Optional<String> sibling = sameFamily(mediaType, content);
            if (sibling.isPresent()) {
                drift.add(new Finding(Finding.Kind.DRIFT, Finding.DRIFT_MEDIA_TYPE, Optional.of(operationId), Optional.empty(),
                        Optional.of(TextNode.valueOf(mediaType)), "the response is " + mediaType + "; the spec declares "
                                + String.join(", ", fieldNames(content)) + " for status " + status,
                        Optional.of(new Finding.Suggestion("#" + operationPointer(operation.get()) + "/responses/" + status + "/content",
                                SpecFragments.mediaType(mediaType, content.get(sibling.get()).path("schema"))))));
                judged = withContentType(response, sibling.get());
                mediaType = sibling.get();
            }
        }
        Optional<JsonNode> body = answer.body().flatMap(DriftCheck::parse);
        JsonNode schema = content.path(mediaType == null ? "" : mediaType).path("schema");
        if (!declared.isMissingNode() && body.isPresent() && !schema.isMissingNode()) {
            List<Finding> schemaDrift = SchemaDrift.of(spec, operationId, body.get(), schema,
                    operationPointer(operation.get()) + "/responses/" + status + "/content/" + SchemaDrift.escape(mediaType) + "/schema");
            schemaDrift.stream().filter(f -> f.rule().equals(Finding.DRIFT_ENUM_VALUE))
                    .forEach(f -> reclassified.add("enum " + f.pointer().orElse("")));
            // The validator holds every object closed; where the spec leaves it open, an extra is drift.
            schemaDrift.stream().filter(f -> f.rule().equals(Finding.DRIFT_PROPERTY))
                    .forEach(f -> reclassified.add("additionalProperties " + anyElement(parent(f.pointer().orElse("")))));
            drift.addAll(schemaDrift);
        }
        drift.addAll(headerDrift(operationId, operation.get(), status, declared, response));
        List<Finding> findings = new ArrayList<>();
        for (Violation violation : check.check(request, judged)) {
            if (!reclassified.contains(violation.rule())
                    && !(violation.is("enum") && reclassified.contains("enum " + violation.pointer().orElse("")))
                    && !(violation.is("additionalProperties")
                            && reclassified.contains("additionalProperties " + anyElement(violation.pointer().orElse("/"))))) {
                findings.add(shown(violation, body));
            }
        }
        findings.addAll(drift);
        return findings;
    }

    private List<Finding> undeclared(ObservedRequest request, ObservedResponse response) {
        List<Violation> violations = check.check(request, response);
        if (response.status() >= 200 && response.status() < 400) {
            String path = TargetNormalisation.path(request.path());
            return List.of(new Finding(Finding.Kind.DRIFT, Finding.DRIFT_OPERATION, Optional.empty(), Optional.empty(),
                    Optional.of(TextNode.valueOf(request.method() + " " + path + " " + response.status())),
                    request.method() + " " + path + " answered " + response.status() + " but no operation declares it",
                    Optional.of(new Finding.Suggestion("#/paths", SpecFragments.operation(request.method(), path, response.status())))));
        }
        Optional<JsonNode> body = response.body().flatMap(DriftCheck::parse);
        return violations.stream().map(v -> shown(v, body)).toList();
    }

    private List<Finding> headerDrift(String operationId, ApiSpec.Operation operation, String status, JsonNode declared,
            ObservedResponse response) {
        Set<String> known = new HashSet<>();
        declared.path("headers").fieldNames().forEachRemaining(name -> known.add(name.toLowerCase(Locale.ROOT)));
        List<Finding> drift = new ArrayList<>();
        response.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HTTP_HEADERS.contains(lower) && !known.contains(lower)) {
                JsonNode shown = Redaction.isSecretHeader(name) ? Redaction.REDACTED
                        : TextNode.valueOf(values.isEmpty() ? "" : values.get(0));
                drift.add(new Finding(Finding.Kind.DRIFT, Finding.DRIFT_HEADER, Optional.of(operationId), Optional.empty(),
                        Optional.of(shown), "the header " + name + " is not declared for status " + status,
                        Optional.of(new Finding.Suggestion("#" + operationPointer(operation) + "/responses/" + status + "/headers",
                                SpecFragments.header(name)))));
            }
        });
        return drift;
    }

    /** A violation with the value it is about, unless that value is a secret. */
    private static Finding shown(Violation violation, Optional<JsonNode> body) {
        Optional<String> pointer = violation.pointer();
        if (pointer.isPresent() && Redaction.isSecretPointer(pointer.get())) {
            return new Finding(Finding.Kind.VIOLATION, violation.rule(), violation.operation(), pointer, Optional.of(Redaction.REDACTED),
                    "the value at " + pointer.get() + " breaks the spec (not shown: it is a secret)", Optional.empty());
        }
        Optional<JsonNode> example = pointer.flatMap(p -> body.map(tree -> tree.at(p))).filter(node -> !node.isMissingNode())
                .map(Redaction::value);
        return Finding.violation(violation, example);
    }

    /** The response an operation declares for a status: its own key, or a range such as {@code 4XX}. */
    private static JsonNode declaredResponse(JsonNode responses, String status) {
        JsonNode exact = responses.path(status);
        return exact.isMissingNode() ? responses.path(status.charAt(0) + "XX") : exact;
    }

    private static boolean errorShaped(ApiSpec spec, Optional<String> body) {
        return body.flatMap(DriftCheck::parse)
                .filter(tree -> spec.schemaValidator().problems(tree, spec.schema(spec.api().errorSchema()), false).isEmpty())
                .isPresent();
    }

    /** The newest declared version of the same vendor type, such as Atlas's dated media types. */
    private static Optional<String> sameFamily(String mediaType, JsonNode content) {
        if (!ATLAS_VERSION.matcher(mediaType).matches()) {
            return Optional.empty();
        }
        String newest = null;
        for (String declared : fieldNames(content)) {
            Matcher m = ATLAS_VERSION.matcher(declared);
            if (m.matches() && (newest == null || declared.compareTo(newest) > 0)) {
                newest = declared;
            }
        }
        return Optional.ofNullable(newest);
    }

    private static String mediaType(ObservedResponse response) {
        List<String> values = response.headers().get("Content-Type");
        if (values == null || values.isEmpty()) {
            return null;
        }
        String type = values.get(0);
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static ObservedResponse withContentType(ObservedResponse response, String mediaType) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(response.headers());
        String original = headers.get("Content-Type").get(0);
        int semicolon = original.indexOf(';');
        headers.put("Content-Type", List.of(semicolon < 0 ? mediaType : mediaType + original.substring(semicolon)));
        return new ObservedResponse(response.status(), headers, response.body());
    }

    private static String operationPointer(ApiSpec.Operation operation) {
        return "/paths/" + SchemaDrift.escape(operation.pathTemplate()) + "/" + operation.method().toLowerCase(Locale.ROOT);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "/" : pointer.substring(0, slash);
    }

    /** A pointer with its array indices as {@code *}: the same place in every element. */
    private static String anyElement(String pointer) {
        return pointer.replaceAll("/\\d+(?=/|$)", "/*");
    }

    private static Optional<JsonNode> parse(String body) {
        try {
            JsonNode tree = JSON.readTree(body);
            return tree == null || tree.isMissingNode() ? Optional.empty() : Optional.of(tree);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
