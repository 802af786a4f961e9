package io.github.mongoapitoolkit.contracts.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.conformance.ObservedRequest;
import io.github.mongoapitoolkit.conformance.ObservedResponse;
import io.github.mongoapitoolkit.conformance.Violation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code cases/}: a valid case conforms to its schema (and state rules, and
 * response); an invalid one fails, and fails for the rule it names.
 */
class ConformanceCasesTest {

    static Stream<ConformanceCase> cases() {
        return ConformanceCase.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseIsJudgedAsItsFolderSays(ConformanceCase c) {
        List<Violation> problems = CaseCheck.problems(c);

        if (c.valid()) {
            assertThat(problems).as("%s should conform", c.file()).isEmpty();
        } else {
            assertThat(problems).as("%s should break %s", c.file(), c.breaks().orElseThrow())
                    .anyMatch(p -> p.is(c.breaks().orElseThrow()));
        }
    }
}
