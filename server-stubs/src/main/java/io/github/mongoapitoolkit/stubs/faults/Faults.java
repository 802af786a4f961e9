package io.github.mongoapitoolkit.stubs.faults;

import io.github.mongoapitoolkit.stubs.pipeline.Operation;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Fault injection for tests, per operation by the spec's operationId: checked when asked for, so
 * that a fault can only be a status the operation declares (every answer stays one the spec
 * allows) or a dropped connection. Faults run last in the admission pipeline: an unauthenticated
 * Digest round trip still gets its challenge, and only requests that would have succeeded or
 * reached the resource are faulted. Each faulted request is in the journal with its fault.
 */
public final class Faults {

    private final FaultPlan plan = new FaultPlan();
    private final List<Function<String, Optional<Operation>>> operations;

    public Faults(List<Function<String, Optional<Operation>>> operations) {
        this.operations = operations;
    }

    /** The next {@code times} requests of {@code operationId} get {@code fault} ({@link FaultPlan#ALWAYS} for all). */
    public void inject(String operationId, Fault fault, int times) {
        Operation operation = operations.stream().map(lookup -> lookup.apply(operationId)).flatMap(Optional::stream)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No operation " + operationId + " in the specs"));
        if (fault instanceof Fault.Status status && !operation.statuses().contains(String.valueOf(status.status()))) {
            throw new IllegalArgumentException(operationId + " does not declare " + status.status() + "; it declares "
                    + operation.statuses());
        }
        plan.inject(operationId, fault, times);
    }

    public void clear() {
        plan.clear();
    }

    /** For the pipeline: the fault this request gets, if any, used up by taking it. */
    public Optional<Fault> take(String operationId) {
        return plan.take(operationId);
    }
}
