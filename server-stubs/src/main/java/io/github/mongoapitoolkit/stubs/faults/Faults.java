package io.github.mongoapitoolkit.stubs.faults;

import io.github.mongoapitoolkit.stubs.common.SimulationClock;
import io.github.mongoapitoolkit.stubs.pipeline.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Fault injection for tests, per operation by the spec's operationId: checked when asked for, so
 * that a fault can only be a status the operation declares (every answer stays one the spec
 * allows), a dropped connection or a delay. Faults run last in the admission pipeline: an
 * unauthenticated Digest round trip still gets its challenge, and only requests that would have
 * succeeded or reached the resource are faulted. Each faulted request is in the journal with its
 * fault.
 *
 * <p>Besides faults per operation, mongosync can be made to not answer at all for a while, as it
 * does after a restart or a resume ({@link #restartMongosync}, {@link #unresponsiveAfterResume}).
 */
public final class Faults {

    /** The operationId whose success opens an {@link #unresponsiveAfterResume} outage. */
    public static final String RESUME = "resumeSync";

    private final FaultPlan plan = new FaultPlan();
    private final List<Function<String, Optional<Operation>>> operations;
    private final Outage mongosyncOutage;

    public Faults(List<Function<String, Optional<Operation>>> operations, SimulationClock clock) {
        this.operations = operations;
        this.mongosyncOutage = new Outage(clock);
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

    /**
     * mongosync restarts now: for {@code unresponsiveFor} on the stub's clock every request to the
     * mongosync server, on any path, has its connection closed without an answer. The sync keeps
     * its state, as mongosync reports its pre-restart state once it is back.
     */
    public void restartMongosync(Duration unresponsiveFor) {
        mongosyncOutage.openFor(requirePositive(unresponsiveFor));
    }

    /** After the next successful {@code /resume}, mongosync does not answer for {@code unresponsiveFor} on the stub's clock. */
    public void unresponsiveAfterResume(Duration unresponsiveFor) {
        mongosyncOutage.afterNextResume(requirePositive(unresponsiveFor));
    }

    /** Removes every fault and ends any outage. */
    public void clear() {
        plan.clear();
        mongosyncOutage.clear();
    }

    /** For the pipeline: the fault this request gets, if any, used up by taking it. */
    public Optional<Fault> take(String operationId) {
        return plan.take(operationId);
    }

    /** For the pipeline: true while mongosync is not answering. */
    public boolean mongosyncIsDown() {
        return mongosyncOutage.isOn();
    }

    /** For the pipeline: a mongosync request was answered with {@code status}. */
    public void mongosyncAnswered(String operationId, int status) {
        if (RESUME.equals(operationId) && status >= 200 && status < 300) {
            mongosyncOutage.resumed();
        }
    }

    private static Duration requirePositive(Duration length) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("An outage needs a positive length: " + length);
        }
        return length;
    }
}
