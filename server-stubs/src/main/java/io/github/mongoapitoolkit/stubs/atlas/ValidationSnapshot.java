package io.github.mongoapitoolkit.stubs.atlas;

/** One migration validation job at one moment: PENDING, then SUCCESS, or FAILED with its reason. */
public record ValidationSnapshot(String id, String groupId, String sourceGroupId, String status, String errorMessage) {
}
