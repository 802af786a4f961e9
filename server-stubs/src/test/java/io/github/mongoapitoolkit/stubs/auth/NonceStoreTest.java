package io.github.mongoapitoolkit.stubs.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A nonce at the edges of its life and of its counts, and the store at the edge of its capacity. */
class NonceStoreTest {

    private final AtomicLong now = new AtomicLong(5_000);

    @Test
    void aNonceLivesItsLifetimeToTheMillisecond() {
        NonceStore store = new NonceStore(10, 1_000, now::get);
        store.issue("a");

        now.set(6_000);
        assertThat(store.answer("a", 1)).as("at its last millisecond").isEqualTo(NonceStore.Count.ADVANCED);
        now.set(6_001);
        assertThat(store.answer("a", 2)).as("one past").isEqualTo(NonceStore.Count.UNKNOWN);
        assertThat(store.answer("never-issued", 1)).isEqualTo(NonceStore.Count.UNKNOWN);
    }

    @Test
    void aCountMustRiseEveryTime() {
        NonceStore store = new NonceStore(10, 1_000, now::get);
        store.issue("a");

        assertThat(store.answer("a", 1)).isEqualTo(NonceStore.Count.ADVANCED);
        assertThat(store.answer("a", 1)).as("the same count again is a replay").isEqualTo(NonceStore.Count.NOT_ABOVE);
        assertThat(store.answer("a", 3)).as("counts may skip").isEqualTo(NonceStore.Count.ADVANCED);
        assertThat(store.answer("a", 2)).as("but never go back").isEqualTo(NonceStore.Count.NOT_ABOVE);
    }

    @Test
    void theStoreKeepsExactlyItsCapacityDroppingTheLeastRecentlyUsed() {
        NonceStore store = new NonceStore(2, 1_000, now::get);
        store.issue("a");
        store.issue("b");
        assertThat(store.size()).isEqualTo(2);
        store.answer("a", 1); // a is now the most recently used
        store.issue("c");

        assertThat(store.size()).isEqualTo(2);
        assertThat(store.answer("b", 1)).as("the least recently used went").isEqualTo(NonceStore.Count.UNKNOWN);
        assertThat(store.answer("a", 2)).isEqualTo(NonceStore.Count.ADVANCED);
        assertThat(store.answer("c", 1)).isEqualTo(NonceStore.Count.ADVANCED);
    }

    @Test
    void issuingDropsTheExpiredButKeepsTheLiving() {
        NonceStore store = new NonceStore(10, 1_000, now::get);
        store.issue("old");
        now.set(6_000);
        store.issue("at-its-last-millisecond-old-is-kept");
        assertThat(store.size()).isEqualTo(2);
        now.set(6_001);
        store.issue("new");

        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void theCountOfLiveNoncesLeavesOutTheExpiredWithNothingIssued() {
        NonceStore store = new NonceStore(10, 1_000, now::get);
        store.issue("a");
        store.issue("b");

        now.set(6_001);

        assertThat(store.size()).isZero();
    }
}
