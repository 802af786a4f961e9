package io.github.mongoapitoolkit.stubs.pipeline.checks;

import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Refuses a request that declares a body over the limit, before any of it is read. A chunked body
 * is counted as it arrives instead ({@code BodyReader}).
 */
public final class BodyLimit implements Admission {

    private final long maxBytes;

    public BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Optional<Response> check(Exchange exchange) {
        return exchange.request().getContentLengthLong() > maxBytes ? Optional.of(exchange.api().bodyTooLarge(maxBytes)) : Optional.empty();
    }
}
