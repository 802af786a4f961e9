package io.github.mongoapitoolkit.stubs.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One Atlas live migration job as the dataset stores it. */
public record LiveMigration(
        @JsonProperty("_id") String id,
        Long lagTimeSeconds,
        List<String> migrationHosts,
        boolean readyForCutover,
        String status) {
}
