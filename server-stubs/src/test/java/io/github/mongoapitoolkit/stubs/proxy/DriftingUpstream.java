package io.github.mongoapitoolkit.stubs.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A server that drifts on purpose: each file of {@code drifting-upstream/} is an answer it gives
 * for one request target. It also keeps every request as it arrived, for the tests that hold the
 * proxy to forwarding requests unchanged.
 */
final class DriftingUpstream implements AutoCloseable {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One scripted answer and what the proxy must find in it. */
    record Script(String name, String api, String method, String target, int status, Map<String, String> headers, String body,
            JsonNode expect) {
    }

    /** A request as the upstream received it. */
    record Received(String method, String rawTarget, Map<String, List<String>> headers, String body) {
    }

    private final HttpServer server;
    private final List<Script> scripts;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    DriftingUpstream() {
        this(null);
    }

    /** Over HTTPS with this server context; plain HTTP when null. */
    DriftingUpstream(javax.net.ssl.SSLContext tls) {
        scripts = readScripts();
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
            if (tls == null) {
                server = HttpServer.create(address, 64);
            } else {
                com.sun.net.httpserver.HttpsServer https = com.sun.net.httpserver.HttpsServer.create(address, 64);
                https.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls));
                server = https;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    static List<Script> readScripts() {
        try (Stream<Path> files = Files.list(Path.of(DriftingUpstream.class.getResource("/drifting-upstream").toURI()))) {
            List<Script> scripts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode node = YAML.readTree(file.toFile());
                Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                node.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
                scripts.add(new Script(file.getFileName().toString().replace(".yaml", ""), node.path("api").asText(),
                        node.path("method").asText("GET"), node.path("target").asText(), node.path("status").asInt(), headers,
                        node.path("body").toString(), node.path("expect")));
            }
            return scripts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Script> scripts() {
        return scripts;
    }

    URI uri() {
        String scheme = server instanceof com.sun.net.httpserver.HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Received> received() {
        return received;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            received.add(new Received(exchange.getRequestMethod(), target, headers, body));
            Script script = scripts.stream().filter(s -> s.target().equals(target)).findFirst().orElse(null);
            if (script == null) {
                byte[] echo = ("{\"success\":true}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, echo.length);
                exchange.getResponseBody().write(echo);
                return;
            }
            script.headers().forEach(exchange.getResponseHeaders()::add);
            byte[] bytes = script.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(script.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
