package io.github.mongoapitoolkit.stubs.pipeline.checks;

import io.github.mongoapitoolkit.stubs.faults.Fault;
import io.github.mongoapitoolkit.stubs.faults.Faults;
import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** The faults a test injected, as the last check: a request that passed every other one gets its fault. */
public final class InjectedFaults implements Admission {

    private final Faults faults;

    public InjectedFaults(Faults faults) {
        this.faults = faults;
    }

    @Override
    public Optional<Response> check(Exchange exchange) {
        Optional<Fault> fault = faults.take(exchange.route().operationId());
        if (fault.isEmpty()) {
            return Optional.empty();
        }
        if (fault.get() instanceof Fault.Delay delay) {
            java.time.Duration drawn = delay.draw();
            exchange.delayed("delayed " + drawn.toMillis() + " ms", drawn);
            return Optional.empty(); // admitted: FrontHandler writes its answer late
        }
        if (fault.get() instanceof Fault.Status status) {
            exchange.faulted(status.describe(), false);
            return Optional.of(exchange.api().injected(status.status(), status.retryAfter().map(d -> d.toSeconds())));
        }
        exchange.faulted(fault.get().describe(), true);
        return Optional.of(exchange.api().unexpected()); // not sent: FrontHandler closes the connection
    }
}
