package io.github.mongoapitoolkit.stubs.pipeline.checks;

import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import io.github.mongoapitoolkit.stubs.pipeline.Api;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import io.github.mongoapitoolkit.stubs.pipeline.Operation;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a request body whose {@code Content-Type} is none of those its operation declares: the
 * token endpoint's RFC 6749 400 {@code invalid_request}, the cloud APIs' 415. mongosync reads every
 * command body as JSON whatever it is labelled (the documentation's own {@code curl --data} sends a
 * form type), so its operations are not checked.
 */
public final class RequestMediaType implements Admission {

    @Override
    public Optional<Response> check(Exchange exchange) {
        Operation operation = exchange.route().operation().orElseThrow();
        if (operation.requestTypes().isEmpty() || exchange.api() == Api.MONGOSYNC) {
            return Optional.empty();
        }
        String contentType = exchange.header("Content-Type");
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (operation.requestTypes().contains(type)) {
            return Optional.empty();
        }
        String detail = "Send the request body as " + String.join(" or ", operation.requestTypes()) + ".";
        return Optional.of(exchange.api() == Api.OAUTH ? exchange.api().badRequest(detail)
                : exchange.api().error(415, "UNSUPPORTED_MEDIA_TYPE", detail, List.of(), Map.of()));
    }
}
