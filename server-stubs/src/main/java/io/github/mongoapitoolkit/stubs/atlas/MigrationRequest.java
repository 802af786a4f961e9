package io.github.mongoapitoolkit.stubs.atlas;

/**
 * What a client asks to migrate, read once at the edge from the generated
 * {@code LiveMigrationRequest20240530} (which the spec has already held the body to): the source
 * cluster in Cloud or Ops Manager, how the migration authenticates to it, the one migration host,
 * and the Atlas destination.
 */
public record MigrationRequest(String sourceGroupId, String sourceCluster, boolean ssl, boolean managedAuthentication,
        boolean sendsUsernameOrPassword, boolean sendsUsernameAndPassword, String migrationHost,
        String destinationGroupId, String destinationCluster) {
}
