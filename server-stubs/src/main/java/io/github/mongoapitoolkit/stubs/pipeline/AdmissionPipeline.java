package io.github.mongoapitoolkit.stubs.pipeline;

import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks every request of a server passes, in one order, before anything answers it: the fast
 * path and Jersey sit behind this, so neither can skip, reorder or repeat a check. The first check
 * that refuses ends the request with its answer.
 */
public final class AdmissionPipeline {

    private final List<Admission> checks;

    public AdmissionPipeline(List<Admission> checks) {
        this.checks = List.copyOf(checks);
    }

    /** A pipeline with more checks after these ones (for tests and, later, fault injection). */
    public AdmissionPipeline then(List<Admission> more) {
        List<Admission> all = new ArrayList<>(checks);
        all.addAll(more);
        return new AdmissionPipeline(all);
    }

    /** Empty when every check admits the request; otherwise the answer of the first that refuses. */
    public Optional<Response> admit(Exchange exchange) {
        for (Admission check : checks) {
            Optional<Response> refusal = check.check(exchange);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }
}
