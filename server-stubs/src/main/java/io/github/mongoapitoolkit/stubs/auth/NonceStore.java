package io.github.mongoapitoolkit.stubs.auth;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The nonces a Digest server has issued, each with the highest {@code nc} answered with it:
 * bounded, least recently used first out, each nonce expiring a fixed time after it was issued.
 *
 * <p>Why least recently used and not a frequency-based cache: the nonce that must survive is the
 * one just issued, which no one has used yet. Caffeine's W-TinyLFU admission refused such nonces
 * in favour of a flood's (DigestAuthenticatorTest reproduces it, and it emptied whole load
 * benchmark runs into 401s). Here a new nonce always enters, a nonce in use moves to the young
 * end on every request, and a flood of unanswered challenges pushes out only the flood.
 *
 * <p>Every operation is constant time: issuing evicts from the old end, past the bound or while
 * the oldest has expired; a lookup checks its entry's age. One lock guards the map; it is held
 * for a few map operations, far below the cost of the MD5 work around it.
 */
final class NonceStore {

    private final int capacity;
    private final long lifetimeMillis;
    private final LongSupplier clock;
    private final LinkedHashMap<String, Entry> entries;

    NonceStore(int capacity, long lifetimeMillis, LongSupplier clock) {
        this.capacity = capacity;
        this.lifetimeMillis = lifetimeMillis;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    synchronized void issue(String nonce) {
        long now = clock.getAsLong();
        entries.put(nonce, new Entry(now));
        Iterator<Entry> oldest = entries.values().iterator();
        while (oldest.hasNext()) {
            Entry entry = oldest.next();
            if (entries.size() <= capacity && !entry.expiredAt(now, lifetimeMillis)) {
                break;
            }
            oldest.remove();
        }
    }

    /** What answering a nonce with a count did. */
    enum Count { ADVANCED, NOT_ABOVE, UNKNOWN }

    /**
     * Moves {@code nonce}'s highest count to {@code nc} if {@code nc} is above it. UNKNOWN when the
     * nonce was never issued, has expired or was evicted.
     */
    Count answer(String nonce, long nc) {
        Entry entry = find(nonce);
        if (entry == null) {
            return Count.UNKNOWN;
        }
        return entry.advanceTo(nc) ? Count.ADVANCED : Count.NOT_ABOVE;
    }

    /** How many live nonces are remembered; walks them all, so for tests and diagnostics only. */
    synchronized int size() {
        long now = clock.getAsLong();
        entries.values().removeIf(entry -> entry.expiredAt(now, lifetimeMillis));
        return entries.size();
    }

    private synchronized Entry find(String nonce) {
        Entry entry = entries.get(nonce);
        if (entry != null && entry.expiredAt(clock.getAsLong(), lifetimeMillis)) {
            entries.remove(nonce);
            return null;
        }
        return entry;
    }

    private static final class Entry {
        private final long issuedAt;
        private final AtomicLong highest = new AtomicLong();

        Entry(long issuedAt) {
            this.issuedAt = issuedAt;
        }

        boolean expiredAt(long now, long lifetimeMillis) {
            return now - issuedAt > lifetimeMillis;
        }

        boolean advanceTo(long nc) {
            long current;
            do {
                current = highest.get();
                if (nc <= current) {
                    return false;
                }
            } while (!highest.compareAndSet(current, nc));
            return true;
        }
    }
}
