package io.github.mongoapitoolkit.stubs.pipeline.checks;

import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.glassfish.grizzly.http.util.MimeHeaders;

/**
 * Refuses requests whose headers add up to more than a limit, in the API's shape: mongosync's 431,
 * the 400 the cloud operations declare. The HTTP codec's own ceiling is far higher, and what it
 * refuses is answered in the API's shape too ({@code ApiShapedHttpCodec}).
 */
public final class HeaderLimit implements Admission {

    private final int maxBytes;

    public HeaderLimit(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Optional<Response> check(Exchange exchange) {
        MimeHeaders headers = exchange.request().getRequest().getHeaders();
        long size = 0;
        for (int i = 0; i < headers.size(); i++) {
            size += headers.getName(i).getLength() + headers.getValue(i).getLength() + 4;
        }
        return size > maxBytes ? Optional.of(exchange.api().headersTooLarge(maxBytes)) : Optional.empty();
    }
}
