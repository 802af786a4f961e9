package io.github.mongoapitoolkit.stubs.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.glassfish.grizzly.http.HttpContent;
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
        try {
            String uri = request.getRequestURI();
            RequestTarget target = RequestTarget.parse(uri, request.getQueryString());
            return routes.match(request.getMethod().getMethodString(), target.path()).api();
        } catch (RequestTarget.Invalid | RuntimeException unreadable) {
            return routes.portOwner();
        }
    }
}
