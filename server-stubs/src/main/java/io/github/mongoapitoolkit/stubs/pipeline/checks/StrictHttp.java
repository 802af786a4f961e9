package io.github.mongoapitoolkit.stubs.pipeline.checks;

import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.glassfish.grizzly.http.Protocol;
import org.glassfish.grizzly.http.util.DataChunk;
import org.glassfish.grizzly.http.util.MimeHeaders;

/**
 * RFC 9110 and 9112 as a server behind a proxy must read them, so that the stub and any
 * intermediary agree on where a request ends: every header name a token and every value free of
 * control characters; {@code Transfer-Encoding} only as a lone {@code chunked} and never with
 * {@code Content-Length} (section 6.1; the connection is closed after the 400); one
 * {@code Content-Length} of digits; one {@code Authorization}; and one {@code Host} (required in
 * HTTP/1.1) that is a host and an optional port, nothing else: no user info, path or bad port.
 */
public final class StrictHttp implements Admission {

    @Override
    public Optional<Response> check(Exchange exchange) {
        MimeHeaders headers = exchange.request().getRequest().getHeaders();
        int hosts = 0;
        int lengths = 0;
        int encodings = 0;
        int authorizations = 0;
        String host = null;
        String encoding = null;
        for (int i = 0; i < headers.size(); i++) {
            DataChunk name = headers.getName(i);
            String value = headers.getValue(i).toString();
            if (!token(name.toString())) {
                return framing(exchange, "A request header name is not a token (RFC 9110 section 5.1).");
            }
            if (!fieldValue(value)) {
                return framing(exchange, "A request header value has a control character (RFC 9110 section 5.5).");
            }
            if (name.equalsIgnoreCase("host")) {
                hosts++;
                host = value;
            } else if (name.equalsIgnoreCase("content-length")) {
                lengths++;
                if (value.isEmpty() || !value.chars().allMatch(Character::isDigit) || value.length() > 18) {
                    return framing(exchange, "Content-Length must be a whole number of bytes.");
                }
            } else if (name.equalsIgnoreCase("transfer-encoding")) {
                encodings++;
                encoding = value;
            } else if (name.equalsIgnoreCase("authorization")) {
                authorizations++;
            }
        }
        if (encodings > 0 && (encodings > 1 || !encoding.trim().equalsIgnoreCase("chunked"))) {
            return framing(exchange, "Only Transfer-Encoding: chunked is supported.");
        }
        if (encodings > 0 && lengths > 0) {
            return framing(exchange, "A request must not have both Transfer-Encoding and Content-Length (RFC 9112 section 6.1).");
        }
        if (lengths > 1) {
            return framing(exchange, "A request must have at most one Content-Length.");
        }
        if (authorizations > 1) {
            return bad(exchange, "A request must have at most one Authorization header.");
        }
        boolean http11 = exchange.request().getRequest().getProtocol() == Protocol.HTTP_1_1;
        if (hosts > 1 || (hosts == 0 && http11) || (hosts == 1 && !HostHeader.isValid(host))) {
            return bad(exchange, "The Host header is not a valid host.");
        }
        return Optional.empty();
    }

    private static Optional<Response> framing(Exchange exchange, String detail) {
        return Optional.of(exchange.api().badFraming(detail));
    }

    private static Optional<Response> bad(Exchange exchange, String detail) {
        return Optional.of(exchange.api().badRequest(detail));
    }

    /** RFC 9110 section 5.6.2: tchar. */
    private static boolean token(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** RFC 9110 section 5.5: visible characters, spaces, tabs and obs-text; no CR, LF, NUL or other controls. */
    private static boolean fieldValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
