package io.github.mongoapitoolkit.stubs.journal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a stub answered, newest last, for a test to verify ("was commit called, once, with {}?").
 * Every request both ports answer is recorded after its answer was written, refusals and
 * unmatched targets too, by the one request path ({@code FrontHandler}). Bounded: past
 * {@link #CAPACITY} entries the oldest go, so a long load test costs no more memory than a short
 * one.
 */
public final class RequestJournal {

    public static final int CAPACITY = 10_000;

    private final Deque<JournalEntry> entries = new ArrayDeque<>();

    public void record(JournalEntry entry) {
        synchronized (entries) {
            if (entries.size() == CAPACITY) {
                entries.removeFirst();
            }
            entries.addLast(entry);
        }
    }

    /** Every entry, oldest first. */
    public List<JournalEntry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    /** The entries that match, oldest first. */
    public List<JournalEntry> entries(Predicate<JournalEntry> matching) {
        return entries().stream().filter(matching).toList();
    }

    /** The entries of one operation, by the spec's operationId. */
    public List<JournalEntry> calls(String operationId) {
        return entries(entry -> entry.operationId().filter(operationId::equals).isPresent());
    }

    /** The entries of one method and normalised path, whatever operation (if any) it matched. */
    public List<JournalEntry> calls(String method, String path) {
        return entries(entry -> entry.method().equals(method) && entry.path().equals(path));
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Drops the entries recorded after the first {@code size}: what a set-up step itself sent. */
    public void truncate(int size) {
        synchronized (entries) {
            while (entries.size() > size) {
                entries.removeLast();
            }
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
