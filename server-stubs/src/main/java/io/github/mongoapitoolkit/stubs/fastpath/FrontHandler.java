package io.github.mongoapitoolkit.stubs.fastpath;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.stubs.common.RequestLog;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;

/**
 * What Grizzly hands every request of a stub server to, in front of Jersey:
 * <ol>
 * <li>a {@code Host} header that makes no URI gets the API's 400 (Jersey's container would fail
 * building the base URI, before any exception mapper, and answer a 500 page with a stack trace);
 * <li>the plain success of a hot GET is answered by its {@link FastRoute}: Jersey costs most of a
 * small response's time (request scope, URI building, filter chains, entity buffering), and the
 * routes reuse the resources and checks Jersey runs ({@code FastPathEquivalenceTest} holds both
 * paths to the same answers);
 * <li>everything else goes to Jersey.
 * </ol>
 */
public final class FrontHandler extends HttpHandler {

    private final GrizzlyHttpContainer jersey;
    private final PlainGet plainGet;
    private final List<FastRoute> routes;
    private final Function<String, Response> invalidHost;
    private final ObjectMapper mapper;
    private final String server;
    private final Optional<PrintStream> log;
    /** The last Host header that made a valid URI; load tools send one value over and over. */
    private volatile String validHost;

    /**
     * @param routes      empty to send every request to Jersey ({@code --no-fast-path})
     * @param invalidHost the API's 400 for a request path whose Host header names no valid host
     */
    public FrontHandler(GrizzlyHttpContainer jersey, PlainGet plainGet, List<FastRoute> routes,
            Function<String, Response> invalidHost, ObjectMapper mapper, String server, Optional<PrintStream> log) {
        this.jersey = jersey;
        this.plainGet = plainGet;
        this.routes = List.copyOf(routes);
        this.invalidHost = invalidHost;
        this.mapper = mapper;
        this.server = server;
        this.log = log;
    }

    @Override
    public void start() {
        jersey.start();
    }

    @Override
    public void destroy() {
        jersey.destroy();
    }

    @Override
    public void service(Request request, org.glassfish.grizzly.http.server.Response response) throws Exception {
        long started = System.nanoTime();
        Optional<FastAnswer> answer = hostIsValid(request)
                ? (!routes.isEmpty() && plainGet.accepts(request) ? routed(request) : Optional.empty())
                : FastAnswer.of(invalidHost.apply(request.getRequestURI()), mapper);
        if (answer.isEmpty()) {
            jersey.service(request, response);
            return;
        }
        write(answer.get(), response);
        log.ifPresent(out -> out.println(RequestLog.line(server, request.getMethod().getMethodString(),
                request.getRequestURI().substring(1), answer.get().status(), System.nanoTime() - started)));
    }

    private boolean hostIsValid(Request request) {
        String host = request.getHeader(Header.Host);
        if (host != null && host.equals(validHost)) {
            return true;
        }
        try {
            BaseUri.of(request);
        } catch (URISyntaxException | RuntimeException invalid) {
            return false;
        }
        validHost = host;
        return true;
    }

    private Optional<FastAnswer> routed(Request request) {
        for (FastRoute route : routes) {
            Optional<FastAnswer> answer = route.answer(request);
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }

    private static void write(FastAnswer answer, org.glassfish.grizzly.http.server.Response response) throws IOException {
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        answer.headers().forEach(response::setHeader);
        response.getOutputStream().write(answer.body());
    }
}
