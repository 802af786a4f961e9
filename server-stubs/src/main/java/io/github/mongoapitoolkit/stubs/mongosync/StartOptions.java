package io.github.mongoapitoolkit.stubs.mongosync;

/** What a sync was started with, as far as the simulation cares. */
public record StartOptions(String source, String destination, String buildIndexes, boolean reversible,
        boolean verificationEnabled, boolean filtered) {

    /** Index builds after the copy are reported in {@code indexBuilding} and gate {@code canCommit}. */
    boolean buildsIndexesAfterCopy() {
        return "afterDataCopy".equals(buildIndexes) || "excludeHashedAfterCopy".equals(buildIndexes);
    }
}
