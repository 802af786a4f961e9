package io.github.mongoapitoolkit.specs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.specs.check.ExampleCatalogue;
import io.github.mongoapitoolkit.specs.check.ExampleValidator;
import io.github.mongoapitoolkit.specs.check.LoadedSpec;
import io.github.mongoapitoolkit.specs.check.SpecExample;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of every spec (media type, parameter, header and schema examples, inline or
 * referenced) validates against the schema it illustrates, one test case per example.
 */
class SpecExamplesTest {

    private static final Map<String, LoadedSpec> SPECS = new ConcurrentHashMap<>();
    private static final Map<String, ExampleValidator> VALIDATORS = new ConcurrentHashMap<>();

    static Stream<Arguments> examples() {
        return ProjectSpecs.apis().flatMap(api -> ExampleCatalogue.of(spec(api)).examples().stream()
                .map(example -> Arguments.of(api, example)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void exampleValidatesAgainstItsSchema(String api, SpecExample example) {
        ExampleValidator validator = VALIDATORS.computeIfAbsent(api, a -> new ExampleValidator(spec(a)));
        assertThat(validator.problems(example)).as(example.displayName()).isEmpty();
    }

    private static LoadedSpec spec(String api) {
        return SPECS.computeIfAbsent(api, a -> LoadedSpec.read(ProjectSpecs.file(a)));
    }
}
