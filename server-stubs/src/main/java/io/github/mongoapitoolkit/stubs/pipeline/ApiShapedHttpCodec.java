package io.github.mongoapitoolkit.stubs.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.KeepAlive;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;

/**
 * Grizzly's HTTP/1.1 codec, answering what it refuses itself in the API's error shape instead of
 * a bare status line: a malformed request line, an HTTP version other than 1.0 and 1.1 (a 505,
 * which no spec declares, becomes a 400), too many or too large headers, a malformed or repeated
 * differing {@code Content-Length}, a bad chunk, HTTP/1.1 without {@code Host}, a GET with a body.
 * The API is the one the request's target routes to, or the port's when the target cannot be read.
 * The codec closes the connection after each of these answers.
 */
public final class ApiShapedHttpCodec extends HttpServerFilter {

    private final Routes routes;
    private final ObjectMapper mapper;

    public ApiShapedHttpCodec(boolean chunkingEnabled, int maxHeadersSize, KeepAlive keepAlive, int maxRequestHeaders,
            int maxResponseHeaders, Routes routes, ObjectMapper mapper) {
        super(chunkingEnabled, maxHeadersSize, null, keepAlive, null, maxRequestHeaders, maxResponseHeaders);
        this.routes = routes;
        this.mapper = mapper;
    }

    /**
     * A header line without a colon would otherwise be read as the start of a name that goes on
     * into the next lines, and the request would wait for a colon that never comes.
     */
    @Override
    protected boolean parseHeaderName(HttpHeader header, MimeHeaders headers, HeaderParsingState state, byte[] input, int end) {
        int from = state.arrayOffset + state.start;
        boolean named = super.parseHeaderName(header, headers, state, input, end);
        int to = state.arrayOffset + (named ? state.offset - 1 : state.offset);
        for (int i = Math.max(from, 0); i < Math.min(to, input.length); i++) {
            if (input[i] == '\r' || input[i] == '\n') {
                throw new IllegalStateException("A header line has no colon.");
            }
        }
        return named;
    }

    @Override
    protected boolean parseHeaderName(HttpHeader header, MimeHeaders headers, HeaderParsingState state, Buffer input) {
        int from = state.start;
        boolean named = super.parseHeaderName(header, headers, state, input);
        int to = named ? state.offset - 1 : state.offset;
        for (int i = Math.max(from, 0); i < Math.min(to, input.limit()); i++) {
            if (input.get(i) == '\r' || input.get(i) == '\n') {
                throw new IllegalStateException("A header line has no colon.");
            }
        }
        return named;
    }

    @Override
    protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
        Api api = api(response.getRequest());
        Response refusal = api.badRequest("The request is not valid HTTP/1.1 (RFC 9112): its request line, headers or framing.");
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(refusal.getEntity());
        } catch (Exception e) {
            body = new byte[0];
        }
        HttpStatus.BAD_REQUEST_400.setValues(response);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        return HttpContent.builder(response).content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, body)).last(true).build();
    }

    private Api api(HttpRequestPacket request) {
        return request.getMethod() == null ? routes.portOwner()
                : routes.apiOf(request.getMethod().getMethodString(), request.getRequestURI(), request.getQueryString());
    }
}
