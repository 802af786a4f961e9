package io.github.mongoapitoolkit.stubs.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One finished Atlas migration validation job as the dataset stores it (wire names of {@code LiveImportValidation}). */
public record LiveMigrationValidation(
        @JsonProperty("_id") String id,
        String groupId,
        String sourceGroupId,
        String status,
        String errorMessage) {
}
