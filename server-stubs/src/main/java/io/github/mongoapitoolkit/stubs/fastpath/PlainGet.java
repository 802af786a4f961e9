package io.github.mongoapitoolkit.stubs.fastpath;

import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.util.DataChunk;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.MimeHeaders;

/**
 * The only requests a {@link FastRoute} may answer: a GET with no query string, no body, a raw
 * path of plain characters (no percent-encoding, dot segments or matrix parameters, so raw and
 * decoded paths are the same), at most one {@code Accept}, {@code Authorization} and {@code Host},
 * and headers far below the size limit Jersey enforces. Anything else goes to Jersey.
 */
public final class PlainGet {

    private final int maxHeaderBytes;

    /** @param headerLimit the limit Jersey's {@code RequestHeaderLimit} applies; half of it is taken here */
    public PlainGet(int headerLimit) {
        this.maxHeaderBytes = headerLimit / 2;
    }

    public boolean accepts(Request request) {
        if (request.getMethod() != Method.GET || request.getQueryString() != null
                || request.getContentLength() > 0 || request.getRequest().isChunked()) {
            return false;
        }
        return plainPath(request.getRequestURI()) && plainHeaders(request.getRequest().getHeaders());
    }

    private static boolean plainPath(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || (c == '/' && previous != '/') || (c == '.' && previous != '/' && previous != '.');
            if (!plain) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private boolean plainHeaders(MimeHeaders headers) {
        int accepts = 0;
        int authorizations = 0;
        int hosts = 0;
        long size = 0;
        for (int i = 0; i < headers.size(); i++) {
            DataChunk name = headers.getName(i);
            size += name.getLength() + headers.getValue(i).getLength() + 4;
            if (name.equalsIgnoreCase(Header.Accept.getLowerCaseBytes())) {
                accepts++;
            } else if (name.equalsIgnoreCase(Header.Authorization.getLowerCaseBytes())) {
                authorizations++;
            } else if (name.equalsIgnoreCase(Header.Host.getLowerCaseBytes())) {
                hosts++;
            }
        }
        return size <= maxHeaderBytes && accepts <= 1 && authorizations <= 1 && hosts <= 1;
    }
}
