package io.github.mongoapitoolkit.contracts.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.curiousoddman.rgxgen.RgxGen;
import io.github.mongoapitoolkit.contracts.ApiContract;
import io.github.mongoapitoolkit.conformance.ApiSpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Generates requests from the three specs with one seeded {@link Random}: the same seed gives
 * the same requests. Path ids come from each parameter's own pattern through rgxgen, matching
 * or not; the rest are wrong types, out-of-range numbers, odd encodings, methods the spec does
 * not declare, unknown paths, bad Accept and Content-Type headers, broken bodies and bad
 * credentials.
 */
final class RequestGenerator {

    private static final List<String> ODD_METHODS = List.of("PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "POST", "GET");
    private static final List<String> ODD_VALUES = List.of("", "%00", "%FF%FE", "%E2%82%AC", "..%2F..%2Fetc%2Fpasswd",
            "%25", "null", "-1", "1e309", "0x1F", "%C3%28", "a%20b", "%F0%9F%98%80", "true");
    private static final List<String> ACCEPTS = List.of("*/*", "application/json", "text/html", "application/xml",
            "application/vnd.atlas.2023-01-01+json", "application/vnd.atlas.1999-01-01+json", "garbage", "application/*");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "text/plain", "application/xml",
            "application/x-www-form-urlencoded", "application/json; charset=utf-16");
    private static final List<String> BODIES = List.of("{}", "{\"source\":\"cluster0\",\"destination\":\"cluster1\"}",
            "{\"source\":1,\"destination\":[]}", "{\"source\":\"cluster0\"}", "[]", "null", "\"text\"", "{", "{\"a\":",
            "\u0000\u0001", "{\"source\":\"cluster0\",\"destination\":\"cluster1\",\"buildIndexes\":\"sometimes\"}",
            "{\"grant_type\":\"client_credentials\"}", "grant_type=client_credentials", "{\"reverse\":\"yes\"}");

    private final Random random;
    private final List<ApiSpec.Operation> operations = new ArrayList<>();
    private final Map<String, RgxGen> patterns = new HashMap<>();

    RequestGenerator(long seed) {
        this.random = new Random(seed);
        for (ApiContract api : ApiContract.values()) {
            operations.addAll(api.spec().operations());
        }
    }

    FuzzRequest next() {
        ApiSpec.Operation op = operations.get(random.nextInt(operations.size()));
        ApiSpec spec = op.api().spec();
        JsonNode node = spec.tree().path("paths").path(op.pathTemplate()).path(op.method().toLowerCase(Locale.ROOT));
        int dice = random.nextInt(100);
        String kind = dice < 45 ? "valid" : dice < 60 ? "bad-param" : dice < 70 ? "odd-encoding" : dice < 78 ? "odd-method"
                : dice < 83 ? "unknown-path" : dice < 91 ? "odd-headers" : "odd-body";

        String path = path(spec, op, node, kind);
        String query = query(spec, node, kind);
        String method = kind.equals("odd-method") ? ODD_METHODS.get(random.nextInt(ODD_METHODS.size())) : op.method().toUpperCase(Locale.ROOT);
        Map<String, String> headers = new LinkedHashMap<>();
        if (kind.equals("odd-headers") || random.nextInt(4) == 0) {
            headers.put("Accept", ACCEPTS.get(random.nextInt(ACCEPTS.size())));
        }
        String body = null;
        if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            body = kind.equals("odd-body") ? oddBody() : BODIES.get(random.nextInt(3));
            headers.put("Content-Type", kind.equals("odd-headers") || kind.equals("odd-body")
                    ? CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size())) : "application/json");
        }
        FuzzRequest.Auth auth = FuzzRequest.Auth.DIGEST;
        if (op.api() != io.github.mongoapitoolkit.conformance.MongoApi.MONGOSYNC && random.nextInt(10) == 0) {
            auth = random.nextBoolean() ? FuzzRequest.Auth.NONE : FuzzRequest.Auth.WRONG_PASSWORD;
        }
        return new FuzzRequest(ApiContract.of(op.api()), kind, method, path, query, headers, body, auth);
    }

    private String path(ApiSpec spec, ApiSpec.Operation op, JsonNode node, String kind) {
        String path = op.pathTemplate();
        for (JsonNode parameter : node.path("parameters")) {
            JsonNode p = spec.resolve(parameter);
            if (!"path".equals(p.path("in").asText())) {
                continue;
            }
            String pattern = spec.resolve(p.path("schema")).path("pattern").asText("^[a-z]+$");
            String value = switch (kind) {
                case "bad-param" -> encode(generator(pattern).generateNotMatching(random));
                case "odd-encoding" -> random.nextBoolean() ? ODD_VALUES.get(random.nextInt(ODD_VALUES.size()))
                        : "a".repeat(1 + random.nextInt(3000));
                default -> generator(pattern).generate(random);
            };
            path = path.replace("{" + p.path("name").asText() + "}", value.isEmpty() ? "%20" : value);
        }
        if (kind.equals("unknown-path")) {
            path = random.nextBoolean() ? path + "/" + (char) ('a' + random.nextInt(26)) + "extra" : path.replace("/api/", "/apj/");
        }
        return path;
    }

    private String query(ApiSpec spec, JsonNode node, String kind) {
        StringJoiner query = new StringJoiner("&");
        for (JsonNode parameter : node.path("parameters")) {
            JsonNode p = spec.resolve(parameter);
            if (!"query".equals(p.path("in").asText()) || random.nextInt(3) == 0) {
                continue;
            }
            JsonNode schema = spec.resolve(p.path("schema"));
            String value = switch (kind) {
                case "bad-param" -> ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
                case "odd-encoding" -> String.format("%%%02X", random.nextInt(256));
                default -> validQueryValue(schema);
            };
            query.add(p.path("name").asText() + "=" + value);
        }
        if (kind.equals("bad-param") && random.nextBoolean()) {
            query.add("unknownParameter=" + random.nextInt());
        }
        return query.toString();
    }

    private String validQueryValue(JsonNode schema) {
        return switch (schema.path("type").asText()) {
            case "integer" -> {
                int min = schema.path("minimum").asInt(0);
                int max = schema.path("maximum").asInt(min + 1000);
                yield Integer.toString(min + random.nextInt(Math.max(1, max - min + 1)));
            }
            case "boolean" -> Boolean.toString(random.nextBoolean());
            default -> "x";
        };
    }

    private String oddBody() {
        int choice = random.nextInt(BODIES.size() + 2);
        if (choice == BODIES.size()) {
            return "{\"source\":\"" + "x".repeat(random.nextInt(100_000)) + "\"}";
        }
        if (choice == BODIES.size() + 1) {
            StringBuilder bytes = new StringBuilder();
            for (int i = 0; i < 64; i++) {
                bytes.append((char) random.nextInt(0xD800));
            }
            return bytes.toString();
        }
        return BODIES.get(choice);
    }

    private RgxGen generator(String pattern) {
        return patterns.computeIfAbsent(pattern, RgxGen::parse);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
