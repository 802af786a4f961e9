package com.example.cutover;

import io.github.mongoapitoolkit.atlas.client.api.CloudMigrationServiceApi;
import io.github.mongoapitoolkit.atlas.client.invoker.ApiClient;
import io.github.mongoapitoolkit.atlas.client.invoker.ApiException;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationResponse;

/** A consumer team's code: one line per Atlas live migration for a dashboard. */
public final class MigrationDashboard {

    private final CloudMigrationServiceApi migrations;

    public MigrationDashboard(ApiClient atlas) {
        this.migrations = new CloudMigrationServiceApi(atlas);
    }

    /** "WORKING, 12 s behind", "FAILED, lag unknown", "no status yet, ..." */
    public String line(String groupId, String liveMigrationId) throws ApiException {
        LiveMigrationResponse migration = migrations.getGroupLiveMigration(groupId, liveMigrationId, null, null);
        String status = migration.getStatus() == null ? "no status yet" : migration.getStatus().toString();
        String lag = migration.getLagTimeSeconds() == null ? "lag unknown" : migration.getLagTimeSeconds() + " s behind";
        return status + ", " + lag;
    }
}
