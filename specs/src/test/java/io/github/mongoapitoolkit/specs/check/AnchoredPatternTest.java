package io.github.mongoapitoolkit.specs.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnchoredPatternTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "^([a-f0-9]{24})$",
        "^(([0-9]{1,3}\\.){3}[0-9]{1,3}|([a-z0-9]+\\.){1,10}[a-z]+)$",
        "^a\\|b$",
        "^[|]+$",
        "^[]|]+$",
        "^a\\\\$"
    })
    void patternAnchoredAsAWholeIsAccepted(String pattern) {
        assertThat(AnchoredPattern.problem(pattern)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[a-f0-9]{24}",
        "^[a-f0-9]{24}",
        "[a-f0-9]{24}$",
        "^a|b$",
        "^([0-9]{1,3}\\.){3}[0-9]{1,3}|([0-9a-f]{1,4}:){7}([0-9a-f]{1,4})|(([a-z0-9]+\\.){1,10}[a-z]+)?$",
        "^a\\$"
    })
    void patternNotAnchoredAsAWholeIsRejected(String pattern) {
        assertThat(AnchoredPattern.problem(pattern)).isPresent();
    }
}
