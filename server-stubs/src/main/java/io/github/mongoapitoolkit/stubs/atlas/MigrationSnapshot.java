package io.github.mongoapitoolkit.stubs.atlas;

import java.util.List;

/**
 * One live migration as a client sees it at one moment. {@code sendsLag} false leaves
 * {@code lagTimeSeconds} out of the answer (Atlas sends it only before the cutover phase of an
 * active migration); true sends {@code lagTimeSeconds}, which may be null.
 */
public record MigrationSnapshot(String id, List<String> migrationHosts, boolean readyForCutover, String status,
        boolean sendsLag, Long lagTimeSeconds) {
}
