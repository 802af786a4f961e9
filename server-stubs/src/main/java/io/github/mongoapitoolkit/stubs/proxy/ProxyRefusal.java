package io.github.mongoapitoolkit.stubs.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mongoapitoolkit.conformance.MongoApi;
import java.nio.charset.StandardCharsets;


/**
 * The proxy's own answers, when it cannot forward: in the proxied API's error shape, so that a
 * client under test reads them as it reads the server's, and always closing the connection. Their
 * codes are the toolkit's, not MongoDB's: {@code PROXY_BAD_REQUEST} (mongosync:
 * {@code ProxyBadRequest}), {@code PROXY_UPSTREAM_UNREACHABLE}, {@code PROXY_UPSTREAM_TIMEOUT},
 * {@code PROXY_BAD_UPSTREAM_RESPONSE}, {@code PROXY_BUSY}.
 */
enum ProxyRefusal {
    BAD_REQUEST(400, "Bad Request", "PROXY_BAD_REQUEST", "ProxyBadRequest"),
    UPSTREAM_UNREACHABLE(502, "Bad Gateway", "PROXY_UPSTREAM_UNREACHABLE", "ProxyUpstreamUnreachable"),
    BAD_UPSTREAM_RESPONSE(502, "Bad Gateway", "PROXY_BAD_UPSTREAM_RESPONSE", "ProxyBadUpstreamResponse"),
    UPSTREAM_TIMEOUT(504, "Gateway Timeout", "PROXY_UPSTREAM_TIMEOUT", "ProxyUpstreamTimeout"),
    BUSY(503, "Service Unavailable", "PROXY_BUSY", "ProxyBusy");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String reason;
    private final String cloudCode;
    private final String mongosyncCode;

    ProxyRefusal(int status, String reason, String cloudCode, String mongosyncCode) {
        this.status = status;
        this.reason = reason;
        this.cloudCode = cloudCode;
        this.mongosyncCode = mongosyncCode;
    }

    /** The whole response, head and body. */
    byte[] response(MongoApi api, String detail) {
        ObjectNode body = JSON.createObjectNode();
        if (api == MongoApi.MONGOSYNC) {
            body.put("success", false).put("error", mongosyncCode).put("errorDescription", detail);
        } else {
            body.put("error", status).put("errorCode", cloudCode).put("detail", detail).put("reason", reason);
            body.putArray("parameters");
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n";
        byte[] head8 = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head8.length + bytes.length];
        System.arraycopy(head8, 0, all, 0, head8.length);
        System.arraycopy(bytes, 0, all, head8.length, bytes.length);
        return all;
    }

}
