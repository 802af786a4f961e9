package io.github.mongoapitoolkit.stubs.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.mongoapitoolkit.conformance.ApiSpec;
import io.github.mongoapitoolkit.conformance.ConformanceCheck;
import io.github.mongoapitoolkit.conformance.MongoApi;
import io.github.mongoapitoolkit.conformance.ObservedRequest;
import io.github.mongoapitoolkit.conformance.Violation;
import io.github.mongoapitoolkit.stubs.control.StubControl;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The admin API of {@code specs/stub-admin/openapi.yaml} on 127.0.0.1 only. Each request is
 * routed once, by its exact raw path and method, to an operation of that spec (nothing is decoded
 * or normalised: a path written any other way is simply not found), held against the spec by the
 * published {@link ConformanceCheck}, and only then run. Every refusal is the spec's AdminError.
 */
public final class AdminServer implements AutoCloseable {

    /** The largest request body read; a larger one gets 413. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final AdminCommands commands;
    private final ApiSpec spec = MongoApi.STUB_ADMIN.spec();
    private final ConformanceCheck check = ConformanceCheck.of(MongoApi.STUB_ADMIN);

    private AdminServer(HttpServer server, ExecutorService executor, AdminCommands commands) {
        this.server = server;
        this.executor = executor;
        this.commands = commands;
    }

    /** Listens on 127.0.0.1:{@code port} (0 for a free port). */
    public static AdminServer start(StubControl control, int port) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port + " for the admin API: " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "stub-admin");
            thread.setDaemon(true);
            return thread;
        });
        AdminServer admin = new AdminServer(server, executor, new AdminCommands(control));
        server.createContext("/", admin::serve);
        server.setExecutor(executor);
        server.start();
        return admin;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status = 200;
            JsonNode answer;
            try {
                answer = answer(exchange);
            } catch (AdminException refused) {
                status = refused.status();
                answer = error(refused.errorCode(), refused.getMessage());
            } catch (RuntimeException e) {
                System.err.println("Unexpected error serving an admin request: " + e);
                status = 500;
                answer = error("UNEXPECTED_ERROR", "The stub failed to carry out the command.");
            }
            byte[] bytes = JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private JsonNode answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        ApiSpec.Operation operation = spec.operations().stream()
                .filter(op -> op.method().equals(method) && op.pathTemplate().equals(path)).findFirst()
                .orElseThrow(() -> new AdminException(404, "NOT_FOUND", "No admin operation " + method + " " + path
                        + "; specs/stub-admin/openapi.yaml lists them."));
        String body = body(exchange.getRequestBody());
        ObservedRequest request = ObservedRequest.of(method, query == null ? path : path + "?" + query,
                Map.of("Content-Type", List.of(Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse(""))),
                body);
        List<Violation> violations = check.checkRequest(request);
        if (!violations.isEmpty()) {
            throw new AdminException(400, "INVALID_REQUEST", violations.get(0).message());
        }
        JsonNode json = body.isEmpty() ? MissingNode.getInstance() : JSON.readTree(body);
        return commands.run(operation.id(), json, queryValue(query, "operationId"));
    }

    private static String body(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new AdminException(413, "PAYLOAD_TOO_LARGE", "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Optional<String> queryValue(String query, String name) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return Optional.of(URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static JsonNode error(String errorCode, String detail) {
        return JSON.createObjectNode().put("errorCode", errorCode).put("detail", detail);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
