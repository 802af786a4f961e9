package io.github.mongoapitoolkit.stubs.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.PrintStream;

/** Logs one line per request: method, path, status and milliseconds. Never headers or bodies. */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = RequestLog.class.getName() + ".started";

    private final String server;
    private final PrintStream out;

    public RequestLog(String server, PrintStream out) {
        this.server = server;
        this.out = out;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        long nanos = started == null ? 0 : System.nanoTime() - (Long) started;
        out.println(line(server, request.getMethod(), request.getUriInfo().getPath(), response.getStatus(), nanos));
    }

    /** One log line; {@code path} without its leading slash, as Jersey gives it. */
    public static String line(String server, String method, String path, int status, long nanos) {
        long tenthsOfMillis = (nanos + 50_000) / 100_000;
        // Built by hand: String.format cost the stub a twentieth of its throughput.
        return new StringBuilder(96).append(server).append(' ').append(method).append(" /").append(path).append(' ')
                .append(status).append(' ').append(tenthsOfMillis / 10).append('.').append(tenthsOfMillis % 10).append("ms")
                .toString();
    }
}
