package io.github.mongoapitoolkit.contracts.pactcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.contracts.ApiContract;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pact provider verification reads (this module's, and those in {@code -Dpacts.folders}) is
 * one the specs allow, interaction by interaction.
 */
class PactsMatchSpecsIT {

    static Stream<Path> pactFiles() {
        return PactSpecCheck.pactFiles().stream();
    }

    @Test
    void everyProviderHasAPactAndEveryPactAProvider() {
        List<String> providers = pactFiles().map(f -> PactSpecCheck.read(f).getProvider().getName()).toList();
        assertThat(providers).as("any number of pacts per provider, from any consumer")
                .contains(ApiContract.MONGOSYNC_PROVIDER, ApiContract.ATLAS_PROVIDER, ApiContract.OPS_MANAGER_PROVIDER)
                .allMatch(provider -> ApiContract.ofProvider(provider).isPresent(), "a provider with a spec");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pactFiles")
    void everyInteractionIsAllowedByTheSpec(Path pactFile) {
        assertThat(PactSpecCheck.read(pactFile).getInteractions()).isNotEmpty();
        assertThat(PactSpecCheck.check(pactFile)).as("interactions the spec does not allow").isEmpty();
    }
}
