package io.github.mongoapitoolkit.stubs.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mongoapitoolkit.stubs.cloud.AtlasApiException;
import io.github.mongoapitoolkit.stubs.common.ManualClock;
import io.github.mongoapitoolkit.stubs.dataset.DatasetLoader;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import org.junit.jupiter.api.Test;

/** What the workflow stories cannot afford to show over HTTP: a flood of validations costs bounded memory. */
class LiveMigrationSimulatorTest {

    private static final String PROJECT = "5e2211c17a3e5a48f5497de3";

    @Test
    void aFloodOfValidationsForgetsTheOldestFirst() {
        LiveMigrationSimulator simulator = new LiveMigrationSimulator(new ManualClock(),
                new AtlasDirectory(new DatasetLoader(ApiSpecs.load()).builtIn()));
        MigrationRequest request = new MigrationRequest("63b4c8f2a1e5d3c2b1a09f01", "rs0", true, false, true, true,
                "vm001.example.com", PROJECT, "Cluster0");

        String first = simulator.validate(PROJECT, request).id();
        String second = simulator.validate(PROJECT, request).id();
        String last = null;
        for (int i = 1; i < LiveMigrationSimulator.MAX_REMEMBERED; i++) {
            last = simulator.validate(PROJECT, request).id();
        }

        assertThat(simulator.validation(PROJECT, last).status()).isEqualTo("PENDING");
        assertThat(simulator.validation(PROJECT, second).status()).as("exactly MAX_REMEMBERED are kept").isEqualTo("PENDING");
        assertThat(catchThrowableOfType(AtlasApiException.class, () -> simulator.validation(PROJECT, first)).errorCode())
                .isEqualTo("RESOURCE_NOT_FOUND");
    }
}
