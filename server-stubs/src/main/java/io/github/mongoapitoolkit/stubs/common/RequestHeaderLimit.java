package io.github.mongoapitoolkit.stubs.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.List;
import java.util.Map;

/**
 * Refuses requests whose headers add up to more than a limit, so that each API answers with its
 * own error body. Grizzly itself is configured with a much larger ceiling
 * ({@code StubServers.GRIZZLY_MAX_HEADER_BYTES}); only beyond that does it answer a bare 400.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 60)
public final class RequestHeaderLimit implements ContainerRequestFilter {

    private final int maxBytes;

    public RequestHeaderLimit(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long size = 0;
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            for (String value : header.getValue()) {
                size += header.getKey().length() + value.length() + 4;
            }
        }
        if (size > maxBytes) {
            throw new RequestHeadersTooLargeException(maxBytes);
        }
    }

    /** Thrown when the request headers are larger than the server accepts. */
    public static final class RequestHeadersTooLargeException extends RuntimeException {
        public RequestHeadersTooLargeException(int maxBytes) {
            super("The request headers exceed " + maxBytes + " bytes.");
        }
    }
}
