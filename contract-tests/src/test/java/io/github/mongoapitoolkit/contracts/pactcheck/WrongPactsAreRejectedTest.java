package io.github.mongoapitoolkit.contracts.pactcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deliberately wrong pacts, kept as fixtures, each rejected by the pact-against-spec check with
 * the rule it breaks named.
 */
class WrongPactsAreRejectedTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "live-migration-id-with-23-characters | validation.response.body.schema.pattern",
        "null-where-the-spec-forbids-it        | validation.response.body.schema.type",
        "undeclared-status                     | validation.response.status.unknown",
        "migration-host-that-is-a-url          | validation.response.body.schema.pattern",
        "status-outside-the-enum               | validation.response.body.schema.enum",
        "error-body-without-error-code         | validation.response.body.schema.required",
        "malformed-id-expecting-success        | validation.request.parameter.schema.pattern",
        "paused-progress-with-lag              | MS-PAUSED-LAG-NULL",
        "provider-without-a-spec               | unknown-provider"
    })
    void wrongPactIsRejectedNamingTheRule(String fixture, String rule) throws Exception {
        Path pact = Path.of(getClass().getResource("/wrong-pacts/" + fixture + ".json").toURI());

        List<PactSpecCheck.Finding> findings = PactSpecCheck.check(pact);

        assertThat(findings).extracting(PactSpecCheck.Finding::rule).contains(rule);
        assertThat(findings).allSatisfy(f -> assertThat(f.toString()).contains(fixture + ".json", "interaction \""));
    }
}
