package io.github.mongoapitoolkit.client.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** Backoff growth, jitter bounds and Retry-After parsing; the behaviour against the stub is in contract-tests. */
class RetryPolicyTest {

    @Test
    void backoffDoublesUpToTheCap() {
        RetryPolicy policy = RetryPolicy.defaults().withBackoff(Duration.ofMillis(100), Duration.ofMillis(500)).withJitter(0);

        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(60)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void jitterOnlyShortensTheBackoff() {
        RetryPolicy policy = RetryPolicy.defaults().withBackoff(Duration.ofMillis(1000), Duration.ofMillis(1000)).withJitter(0.5);

        for (int i = 0; i < 1000; i++) {
            assertThat(policy.backoff(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
        }
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        assertThat(RetryingConnector.retryAfter("17")).contains(Duration.ofSeconds(17));
        assertThat(RetryingConnector.retryAfter(" 0 ")).contains(Duration.ZERO);
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(61));
        assertThat(RetryingConnector.retryAfter(inAMinute)).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61)));
        assertThat(RetryingConnector.retryAfter("soon")).isEmpty();
        assertThat(RetryingConnector.retryAfter(null)).isEmpty();
    }

    @Test
    void aPolicyTakesJitterFromNoneToAllAndAtLeastOneAttempt() {
        assertThat(RetryPolicy.defaults().withJitter(0).jitter()).isZero();
        assertThat(RetryPolicy.defaults().withJitter(1).jitter()).isEqualTo(1);
        assertThat(RetryPolicy.defaults().withMaxAttempts(1).maxAttempts()).isEqualTo(1);
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
        assertThat(RetryPolicy.defaults().withMaxRetryAfter(Duration.ofSeconds(7)).maxRetryAfter()).isEqualTo(Duration.ofSeconds(7));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RetryPolicy.defaults().withJitter(1.01))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RetryPolicy.defaults().withJitter(-0.01))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyIdempotentMethodsAreRetriedByDefault() {
        assertThat(RetryingConnector.IDEMPOTENT).contains("GET", "PUT", "DELETE").doesNotContain("POST", "PATCH");
        assertThat(RetryPolicy.defaults().retryNonIdempotent()).isFalse();
        assertThat(RetryPolicy.defaults().retryingNonIdempotent().retryNonIdempotent()).isTrue();
    }

    @Test
    void aPolicyNeedsAtLeastOneAttempt() {
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
