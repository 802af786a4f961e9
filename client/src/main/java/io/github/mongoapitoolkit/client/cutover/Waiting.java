package io.github.mongoapitoolkit.client.cutover;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The polling loop both cutover helpers share: poll, report, stop on the state asked for or on a
 * failure the state shows, sleep, until the timeout. A poll that fails for a reason worth waiting
 * out (no answer while the server restarts, 429, 5xx) is reported and polled again; anything else
 * ends the wait with the poll's exception.
 */
final class Waiting<T> {

    /** One poll of the server. */
    @FunctionalInterface
    interface Poll<T> {
        T poll() throws Exception;
    }

    private final Polling polling;
    private final Predicate<Exception> worthWaitingOut;
    private final Function<T, String> status;

    Waiting(Polling polling, Predicate<Exception> worthWaitingOut, Function<T, String> status) {
        this.polling = polling;
        this.worthWaitingOut = worthWaitingOut;
        this.status = status;
    }

    /**
     * @param what    what is awaited, for the timeout's message
     * @param seen    hears every state polled, and every poll that failed (as null)
     * @param failure the failure a state shows, which ends the wait
     */
    T until(String what, Poll<T> poll, Predicate<T> reached, Function<T, Optional<CutoverException>> failure,
            java.util.function.BiConsumer<T, Exception> seen) {
        long deadline = polling.millis().getAsLong() + polling.timeout().toMillis();
        String last = null;
        while (true) {
            T state = null;
            try {
                state = poll.poll();
            } catch (Exception e) {
                if (!worthWaitingOut.test(e)) {
                    throw e instanceof RuntimeException runtime ? runtime
                            : new CutoverException(CutoverException.Reason.REFUSED, last, null, "Polling failed: " + e.getMessage(), e);
                }
                seen.accept(null, e);
            }
            if (state != null) {
                last = status.apply(state);
                seen.accept(state, null);
                if (reached.test(state)) {
                    return state;
                }
                Optional<CutoverException> failed = failure.apply(state);
                if (failed.isPresent()) {
                    throw failed.get();
                }
            }
            if (polling.millis().getAsLong() >= deadline) {
                throw new CutoverException(CutoverException.Reason.TIMED_OUT, last, null,
                        "Gave up after " + polling.timeout() + " waiting for " + what + "; last status " + last + ".", null);
            }
            try {
                polling.sleeper().sleep(polling.interval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CutoverException(CutoverException.Reason.INTERRUPTED, last, null, "Interrupted waiting for " + what + ".", e);
            }
        }
    }
}
