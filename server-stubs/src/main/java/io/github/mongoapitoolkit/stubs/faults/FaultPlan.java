package io.github.mongoapitoolkit.stubs.faults;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The faults a test has asked for, per operation, each for a number of requests (or for every
 * request until cleared). The first rule of an operation that has requests left is used.
 */
public final class FaultPlan {

    /** For {@link #inject}: every request until {@link #clear()}. */
    public static final int ALWAYS = Integer.MAX_VALUE;

    private final List<Rule> rules = new ArrayList<>();

    private static final class Rule {
        final String operationId;
        final Fault fault;
        int remaining;

        Rule(String operationId, Fault fault, int remaining) {
            this.operationId = operationId;
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    /** The next {@code times} admitted requests of {@code operationId} get {@code fault}. */
    public synchronized void inject(String operationId, Fault fault, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        rules.add(new Rule(operationId, fault, times));
    }

    /** The fault this request of {@code operationId} gets, used up by taking it. */
    public synchronized Optional<Fault> take(String operationId) {
        if (rules.isEmpty() || operationId == null) {
            return Optional.empty();
        }
        for (Iterator<Rule> it = rules.iterator(); it.hasNext();) {
            Rule rule = it.next();
            if (rule.operationId.equals(operationId)) {
                if (rule.remaining != ALWAYS && --rule.remaining == 0) {
                    it.remove();
                }
                return Optional.of(rule.fault);
            }
        }
        return Optional.empty();
    }

    public synchronized void clear() {
        rules.clear();
    }
}
