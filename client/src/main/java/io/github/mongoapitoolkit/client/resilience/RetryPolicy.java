package io.github.mongoapitoolkit.client.resilience;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a request is sent again: after {@code 429 Too Many Requests} (waiting what
 * {@code Retry-After} says) and after a connection that ended with no answer, refused, reset or
 * closed (mongosync does not answer for a while after a restart or a resume; polling
 * {@code progress} is safe to repeat), with exponential backoff.
 * Only idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE) are retried unless
 * {@code retryNonIdempotent} is set: a POST such as mongosync's {@code /commit} is not repeated
 * behind the caller's back. Only synchronous calls are retried (the generated clients make no
 * other kind); an asynchronous call is sent once.
 *
 * @param maxAttempts        attempts in all, the first included (1 disables retries)
 * @param initialBackoff     wait before the second attempt when the server gives no Retry-After
 * @param maxBackoff         the longest backoff between attempts
 * @param maxRetryAfter      the longest Retry-After honoured; a longer one is returned to the caller
 * @param jitter             fraction of each backoff drawn at random (0 for none), to spread clients
 * @param retryNonIdempotent also retry POST and PATCH
 * @param sleeper            how to wait
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
                          double jitter, boolean retryNonIdempotent, Sleeper sleeper) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be between 0 and 1");
        }
    }

    /** Five attempts, 200 ms doubling to 5 s, Retry-After up to 60 s, 20 % jitter, idempotent calls only. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(60), 0.2, false, Sleeper.REAL);
    }

    /** No retries at all. */
    public static RetryPolicy none() {
        return defaults().withMaxAttempts(1);
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoff, maxBackoff, maxRetryAfter, jitter, retryNonIdempotent, sleeper);
    }

    public RetryPolicy withBackoff(Duration initial, Duration max) {
        return new RetryPolicy(maxAttempts, initial, max, maxRetryAfter, jitter, retryNonIdempotent, sleeper);
    }

    public RetryPolicy withMaxRetryAfter(Duration max) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, max, jitter, retryNonIdempotent, sleeper);
    }

    public RetryPolicy withJitter(double fraction) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, fraction, retryNonIdempotent, sleeper);
    }

    /** Also retries POST and PATCH: only for calls the caller knows are safe to repeat. */
    public RetryPolicy retryingNonIdempotent() {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, jitter, true, sleeper);
    }

    public RetryPolicy withSleeper(Sleeper newSleeper) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, jitter, retryNonIdempotent, newSleeper);
    }

    /** The backoff before attempt {@code attempt + 1}: initial x 2^(attempt-1), capped, less up to the jitter fraction. */
    Duration backoff(int attempt) {
        long base = initialBackoff.toMillis() << Math.min(attempt - 1, 30);
        long capped = Math.min(Math.max(base, 0), maxBackoff.toMillis());
        long jittered = capped - (long) (capped * jitter * ThreadLocalRandom.current().nextDouble());
        return Duration.ofMillis(jittered);
    }
}
