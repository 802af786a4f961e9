package io.github.mongoapitoolkit.stubs.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over a size limit, whether the client declares the length or streams
 * the body chunked: either way the request ends in {@link RequestTooLargeException}, which each
 * API maps to its own 413 error body.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
public final class RequestBodyLimit implements ContainerRequestFilter {

    private final long maxBytes;

    public RequestBodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw new RequestTooLargeException(maxBytes);
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), maxBytes));
    }

    /** Thrown when a request body is larger than the server accepts. */
    public static final class RequestTooLargeException extends RuntimeException {
        private final long maxBytes;

        public RequestTooLargeException(long maxBytes) {
            super("The request body exceeds " + maxBytes + " bytes.");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    private static final class Bounded extends FilterInputStream {
        private final long max;
        private long read;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new RequestTooLargeException(max);
            }
        }
    }
}
