package io.github.mongoapitoolkit.stubs.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A service account's token lives exactly its hour: valid at its last millisecond, not after. */
class BearerTokensTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final BearerTokens tokens = new BearerTokens(now::get);

    @Test
    void aTokenIsValidUntilItsExpiryInclusive() {
        BearerTokens.Issued issued = tokens.issue();
        long expiry = 1_000_000 + BearerTokens.LIFETIME_SECONDS * 1000L;

        now.set(expiry);
        assertThat(tokens.isValid(issued.token())).isTrue();
        now.set(expiry + 1);
        assertThat(tokens.isValid(issued.token())).isFalse();
    }

    @Test
    void unknownAndMissingTokensAreNotValid() {
        tokens.issue();

        assertThat(tokens.isValid("not-issued-here")).isFalse();
        assertThat(tokens.isValid(null)).isFalse();
    }

    @Test
    void issuingForgetsOnlyTokensPastTheirExpiry() {
        BearerTokens.Issued first = tokens.issue();
        long expiry = 1_000_000 + BearerTokens.LIFETIME_SECONDS * 1000L;

        now.set(expiry);
        tokens.issue(); // at the first's last millisecond: the first is kept
        assertThat(tokens.isValid(first.token())).isTrue();
        now.set(expiry + 1);
        tokens.issue();
        now.set(expiry);
        assertThat(tokens.isValid(first.token())).as("forgotten once past its expiry, even if the clock went back").isFalse();
    }
}
