package io.github.mongoapitoolkit.stubs.pipeline.checks;

import io.github.mongoapitoolkit.stubs.faults.Faults;
import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import io.github.mongoapitoolkit.stubs.pipeline.Api;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * mongosync not answering after a restart or a resume, as the first check: a server that is down
 * answers nothing, not even a malformed request. Also tells {@link Faults} how a resume was
 * answered, so that a successful one can open the outage a test asked for.
 */
public final class MongosyncOutage implements Admission {

    private final Faults faults;

    public MongosyncOutage(Faults faults) {
        this.faults = faults;
    }

    @Override
    public Optional<Response> check(Exchange exchange) {
        if (exchange.api() != Api.MONGOSYNC) {
            return Optional.empty();
        }
        if (faults.mongosyncIsDown()) {
            exchange.faulted("mongosync not answering", true);
            return Optional.of(exchange.api().unexpected()); // not sent: FrontHandler closes the connection
        }
        if (Faults.RESUME.equals(exchange.route().operationId())) {
            exchange.whenAnswered(status -> faults.mongosyncAnswered(Faults.RESUME, status));
        }
        return Optional.empty();
    }
}
