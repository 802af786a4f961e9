package io.github.mongoapitoolkit.stubs.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;

/**
 * Collects a request body that did not arrive with its headers before the request goes any
 * further, without holding a thread: each piece is copied as the selector reads it, and only the
 * whole request goes on to the HTTP server and the pipeline, which then never waits for a client.
 * A slow or stalled client therefore holds nothing another client or the other port needs. Each
 * port bounds how many bodies may be arriving at once (then the API's 429), how large one may grow
 * (413, chunked bodies included) and how long it may take (the API's 400); those answers are
 * written here, in the shape of the API the request routes to, and close the connection.
 *
 * <p>Placed after the HTTP codec and before Grizzly's HTTP server filter.
 */
public final class WholeBodies extends BaseFilter {

    private final Attribute<Pending> pending = Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(WholeBodies.class.getName());
    private final Routes routes;
    private final ObjectMapper mapper;
    private final long maxBytes;
    private final long timeoutMillis;
    private final int maxPending;
    private final Semaphore permits;
    private final ScheduledExecutorService timer;

    public WholeBodies(Routes routes, ObjectMapper mapper, long maxBytes, long timeoutMillis, int maxPending,
            ScheduledExecutorService timer) {
        this.routes = routes;
        this.mapper = mapper;
        this.maxBytes = maxBytes;
        this.timeoutMillis = timeoutMillis;
        this.maxPending = maxPending;
        this.permits = new Semaphore(maxPending);
        this.timer = timer;
    }

    /** One body being collected on a connection. */
    private final class Pending {
        final HttpRequestPacket request;
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final ScheduledFuture<?> timeout;
        boolean done;

        Pending(HttpRequestPacket request, Connection<?> connection) {
            this.request = request;
            this.timeout = timer.schedule(() -> expire(connection, this), timeoutMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (!(ctx.getMessage() instanceof HttpContent content) || !(content.getHttpHeader() instanceof HttpRequestPacket request)) {
            return ctx.getInvokeAction();
        }
        Connection<?> connection = ctx.getConnection();
        Pending current = pending.get(connection);
        if (current == null) {
            if (content.isLast() || request.getContentLength() > maxBytes) {
                // Whole already, or declared too large: the pipeline answers 413 without reading it.
                return ctx.getInvokeAction();
            }
            if (!permits.tryAcquire()) {
                refuse(connection, request, api(request).tooManyPendingBodies(maxPending));
                return ctx.getStopAction();
            }
            current = new Pending(request, connection);
            pending.set(connection, current);
            if (request.requiresAcknowledgement()) {
                // Expect: 100-continue; Grizzly would acknowledge only once the whole request reaches
                // it, which the client waits for. A second 100 then is one more interim answer
                // clients ignore (RFC 9110 section 15.2).
                write(connection, "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), false);
            }
        }
        synchronized (current) {
            if (current.done) {
                return ctx.getStopAction();
            }
            Buffer piece = content.getContent();
            byte[] bytes = new byte[piece.remaining()];
            piece.get(bytes);
            current.body.write(bytes);
            if (current.body.size() > maxBytes) {
                end(connection, current);
                refuse(connection, request, closing(api(request).bodyTooLarge(maxBytes)));
                return ctx.getStopAction();
            }
            if (!content.isLast()) {
                return ctx.getStopAction();
            }
            end(connection, current);
        }
        ctx.setMessage(HttpContent.builder(request)
                .content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, current.body.toByteArray())).last(true).build());
        return ctx.getInvokeAction();
    }

    private void end(Connection<?> connection, Pending current) {
        current.done = true;
        current.timeout.cancel(false);
        pending.remove(connection);
        permits.release();
    }

    private void expire(Connection<?> connection, Pending current) {
        synchronized (current) {
            if (current.done) {
                return;
            }
            end(connection, current);
        }
        refuse(connection, current.request, api(current.request).bodyTimeout(TimeUnit.MILLISECONDS.toSeconds(timeoutMillis)));
    }

    /** Writes the answer as raw HTTP/1.1 and closes the connection: the rest of the body is never read. */
    private void refuse(Connection<?> connection, HttpRequestPacket request, Response refusal) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(refusal.getEntity());
        } catch (IOException e) {
            body = new byte[0];
        }
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(refusal.getStatus()).append(' ')
                .append(Api.reasonPhrase(refusal.getStatus())).append("\r\nContent-Type: application/json\r\nContent-Length: ")
                .append(body.length).append("\r\nConnection: close\r\n");
        refusal.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Connection") && !name.equalsIgnoreCase("Content-Type")) {
                head.append(name).append(": ").append(values.get(0)).append("\r\n");
            }
        });
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        write(connection, all, true);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void write(Connection connection, byte[] bytes, boolean close) {
        connection.write(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, bytes), new org.glassfish.grizzly.EmptyCompletionHandler() {
            @Override
            public void completed(Object result) {
                if (close) {
                    connection.closeSilently();
                }
            }

            @Override
            public void failed(Throwable throwable) {
                connection.closeSilently();
            }
        });
    }

    private Api api(HttpRequestPacket request) {
        return routes.apiOf(request.getMethod().getMethodString(), request.getRequestURI(), request.getQueryString());
    }

    private static Response closing(Response refusal) {
        refusal.getHeaders().putSingle("Connection", "close");
        return refusal;
    }

    @Override
    public NextAction handleClose(FilterChainContext ctx) throws IOException {
        Pending current = pending.get(ctx.getConnection());
        if (current != null) {
            synchronized (current) {
                if (!current.done) {
                    end(ctx.getConnection(), current);
                }
            }
        }
        return ctx.getInvokeAction();
    }
}
