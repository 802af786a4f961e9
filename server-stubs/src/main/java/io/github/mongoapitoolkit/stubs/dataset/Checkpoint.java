package io.github.mongoapitoolkit.stubs.dataset;

import java.time.OffsetDateTime;
import java.util.List;

/** One Ops Manager checkpoint as the dataset stores it; links are the server's to add. */
public record Checkpoint(
        String id,
        String clusterId,
        String groupId,
        OffsetDateTime completed,
        OffsetDateTime started,
        OffsetDateTime timestamp,
        boolean restorable,
        List<Part> parts) {

    /** The part of a checkpoint taken on one shard or on the config servers. */
    public record Part(String hostId, String replicaSetName, String shardName, boolean tokenDiscovered,
            TokenTimestamp tokenTimestamp, String typeName) {
    }

    /** An oplog timestamp: date to the second and an ordinal within that second. */
    public record TokenTimestamp(OffsetDateTime date, long increment) {
    }
}
