package io.github.mongoapitoolkit.stubs.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import org.junit.jupiter.api.Test;

/**
 * The built-in dataset is checked at start only when the build did not check that very dataset
 * against specs read from the same texts: the record the build wrote vouches for nothing else.
 */
class BuiltInDatasetCheckTest {

    private static final ApiSpecs AS_BUILT = ApiSpecs.load();

    @Test
    void theBuildRecordedTheBuiltInDatasetAgainstTheSpecsItShips() {
        assertThat(BuiltInDatasetCheck.passedAtBuild(AS_BUILT, DatasetLoader.builtInText())).isTrue();
        assertThat(BuiltInDatasetCheck.passedAtBuild(ApiSpecs.load(), DatasetLoader.builtInText()))
                .as("another instance read from the same texts").isTrue();
    }

    @Test
    void theRecordDoesNotVouchForAnotherDatasetOrOtherSpecs() {
        assertThat(BuiltInDatasetCheck.passedAtBuild(AS_BUILT, DatasetLoader.builtInText().replace("WORKING", "NEW"))).isFalse();
        ApiSpecs replaced = AS_BUILT.with("mongosync", ApiSpecs.text("mongosync"));
        assertThat(BuiltInDatasetCheck.passedAtBuild(replaced, DatasetLoader.builtInText()))
                .as("the same spec read from its YAML is other text: checked in full").isFalse();
    }

    @Test
    void specsTheBuildDidNotCheckAgainstGetTheFullCheck() {
        // ObjectIds of decimal digits only: the built-in dataset's hexadecimal ids fail it.
        String stricter = ApiSpecs.text("atlas-live-migrations").replace("pattern: ^([a-f0-9]{24})$", "pattern: ^([0-9]{24})$");
        assertThat(stricter).isNotEqualTo(ApiSpecs.text("atlas-live-migrations"));

        assertThatThrownBy(() -> new DatasetLoader(AS_BUILT.with("atlas-live-migrations", stricter)).builtIn())
                .isInstanceOf(InvalidDatasetException.class)
                .satisfies(e -> assertThat(((InvalidDatasetException) e).problems()).anyMatch(p -> p.startsWith("atlas.groups[0].id: ")));
    }
}
