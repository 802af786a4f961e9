package io.github.mongoapitoolkit.stubs.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** A minute's window at its edges (rate-limit-window.csv): what a client is told, request by request. */
class RateLimiterTest {

    private static final AtomicLong NOW = new AtomicLong();
    private static RateLimiter limiter;

    @BeforeAll
    static void aLimiterOfTwoAMinute() {
        limiter = new RateLimiter(2, NOW::get);
    }

    @ParameterizedTest(name = "{0} ms: allowed {1}, remaining {2}, Retry-After {3}")
    @CsvFileSource(resources = "/rate-limit-window.csv", numLinesToSkip = 1)
    void eachRequestIsAnsweredAsTheWindowSays(long ms, boolean allowed, int remaining, long retryAfterSeconds) {
        NOW.set(ms);

        RateLimiter.Decision decision = limiter.acquire("caller");

        assertThat(decision.allowed()).isEqualTo(allowed);
        assertThat(decision.remaining()).isEqualTo(remaining);
        assertThat(decision.retryAfterSeconds()).isEqualTo(retryAfterSeconds);
        assertThat(decision.limit()).isEqualTo(2);
    }

    @Test
    void callersHaveWindowsOfTheirOwnAndZeroMeansOff() {
        RateLimiter one = new RateLimiter(1, () -> 0);
        assertThat(one.acquire("a").allowed()).isTrue();
        assertThat(one.acquire("a").allowed()).isFalse();
        assertThat(one.acquire("b").allowed()).isTrue();
        assertThat(one.enabled()).isTrue();
        assertThat(new RateLimiter(0, () -> 0).enabled()).isFalse();
    }
}
