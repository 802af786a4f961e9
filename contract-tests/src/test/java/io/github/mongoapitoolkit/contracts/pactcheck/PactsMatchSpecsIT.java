package io.github.mongoapitoolkit.contracts.pactcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.contracts.ApiContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pact the consumer tests wrote is one the specs allow, interaction by interaction. */
class PactsMatchSpecsIT {

    static final Path PACTS = Path.of(System.getProperty("pacts.dir", "target/pacts"));

    static Stream<Path> pactFiles() throws IOException {
        try (Stream<Path> files = Files.list(PACTS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void everyProviderHasAPact() throws IOException {
        List<String> providers = pactFiles().map(f -> PactSpecCheck.read(f).getProvider().getName()).toList();
        assertThat(providers).containsExactlyInAnyOrder(
                ApiContract.MONGOSYNC_PROVIDER, ApiContract.ATLAS_PROVIDER, ApiContract.OPS_MANAGER_PROVIDER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pactFiles")
    void everyInteractionIsAllowedByTheSpec(Path pactFile) {
        assertThat(PactSpecCheck.read(pactFile).getInteractions()).isNotEmpty();
        assertThat(PactSpecCheck.check(pactFile)).as("interactions the spec does not allow").isEmpty();
    }
}
