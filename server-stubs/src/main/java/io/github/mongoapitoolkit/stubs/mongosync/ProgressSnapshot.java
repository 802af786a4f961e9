package io.github.mongoapitoolkit.stubs.mongosync;

/**
 * The progress of the simulated sync at one instant. A null field is null on the wire when the
 * spec makes it nullable and absent otherwise.
 */
public record ProgressSnapshot(
        MongosyncState state,
        boolean canCommit,
        Boolean canWrite,
        String info,
        String ceaStage,
        Lag lag,
        Long lagTimeSeconds,
        Long totalEventsApplied,
        Copy collectionCopy,
        Direction directionMapping,
        Long sourcePingMs,
        Long destinationPingMs,
        String estimatedOplogTimeRemaining,
        Long estimatedSecondsToCEACatchup,
        Indexes indexBuilding,
        String mongosyncId,
        String coordinatorId,
        Verifier verification) {

    /** Lag of change event application in seconds. */
    public record Lag(long overall, Long crud, Long ddl) {
    }

    /** Bytes copied of the estimated total. */
    public record Copy(long estimatedTotalBytes, long estimatedCopiedBytes) {
    }

    /** Source and destination as {@code <cluster name>: <host>:<port>}. */
    public record Direction(String source, String destination) {
    }

    /** Index builds after the copy. */
    public record Indexes(long built, long total, long collectionsFinished, long collectionsTotal) {
    }

    /** The embedded verifier on both clusters (the simulation reports the same numbers for each). */
    public record Verifier(long estimatedDocumentCount, long hashedDocumentCount, long lagTimeSeconds, String phase,
            long scannedCollectionCount, long totalCollectionCount) {
    }
}
