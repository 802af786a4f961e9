package io.github.mongoapitoolkit.stubs.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One Atlas live migration job as the dataset stores it. {@code lagTimeSeconds} is kept as the
 * file has it, because Atlas tells "absent" (no active migration) from null: Java null when the
 * file leaves it out, a JSON null or number otherwise.
 */
public record LiveMigration(
        @JsonProperty("_id") String id,
        JsonNode lagTimeSeconds,
        List<String> migrationHosts,
        boolean readyForCutover,
        String status) {

    /** Whether the file sends {@code lagTimeSeconds} at all (null included). */
    public boolean sendsLag() {
        return lagTimeSeconds != null && !lagTimeSeconds.isMissingNode();
    }

    /** The lag in seconds, or null when the file sends null or nothing. */
    public Long lag() {
        return sendsLag() && lagTimeSeconds.isNumber() ? lagTimeSeconds.asLong() : null;
    }
}
