package io.github.mongoapitoolkit.stubs.dataset;

/**
 * The size of the simulated mongosync copy: bytes, documents and collections on the source,
 * and how many indexes are built after the copy.
 */
public record SyncScenario(long estimatedTotalBytes, long documentCount, long collectionCount, long indexCount) {
}
