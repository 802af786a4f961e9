package io.github.mongoapitoolkit.stubs.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers of a route whose data never changes while the server runs (the cloud dataset), kept
 * by request up to a total size; past it, answers are computed each time. The key must hold
 * everything the answer depends on.
 */
public final class AnswerCache {

    private final long maxBytes;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    public AnswerCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Optional<Answer> get(String key, Supplier<Optional<Answer>> compute) {
        Answer cached = answers.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Answer> answer = compute.get();
        answer.ifPresent(a -> {
            if (bytes.addAndGet(a.body().length) <= maxBytes) {
                if (answers.putIfAbsent(key, a) != null) {
                    bytes.addAndGet(-a.body().length);
                }
            } else {
                bytes.addAndGet(-a.body().length);
            }
        });
        return answer;
    }
}
