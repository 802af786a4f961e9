package io.github.mongoapitoolkit.specs.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.specs.ProjectSpecs;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checker passes the project's specs and catches each rule's violation: every fixture under
 * {@code fixtures/} is the minimal valid spec with one change and is named for the rule id it
 * must produce, and only that one.
 */
class SpecCheckerTest {

    private final SpecChecker checker = new SpecChecker();

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.mongoapitoolkit.specs.ProjectSpecs#apis")
    void projectSpecHasNoFindings(String api) {
        assertThat(checker.check(ProjectSpecs.file(api))).isEmpty();
    }

    @Test
    void minimalValidFixtureHasNoFindings() throws URISyntaxException {
        assertThat(checker.check(fixture("valid-minimal.yaml"))).isEmpty();
    }

    static Stream<String> ruleFixtures() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(fixture("valid-minimal.yaml").getParent())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("valid-minimal.yaml"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleFixtures")
    void fixtureBreaksExactlyTheRuleItIsNamedFor(String fileName) throws URISyntaxException {
        String ruleId = fileName.replace(".yaml", "");
        Path file = fixture(fileName);

        List<Finding> findings = checker.check(file);

        assertThat(findings).extracting(Finding::ruleId).containsOnly(ruleId);
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.file()).isEqualTo(file.toString());
            assertThat(finding.line()).isPositive();
        });
    }

    @Test
    void referenceToAnotherFileIsReportedWhereItIsWritten() throws URISyntaxException {
        // Not a fixture of its own: swagger-parser also reports the file it cannot resolve.
        Path file = Path.of(SpecCheckerTest.class.getResource("/external/external-ref.yaml").toURI());

        assertThat(checker.check(file)).filteredOn(finding -> finding.ruleId().equals(ExternalRefRule.EXTERNAL_REF))
                .extracting(Finding::pointer)
                .containsExactly("#/paths/~1things~1{thingKey}/get/responses/404/$ref");
    }

    @Test
    void findingNamesTheLineOfTheBrokenPattern() throws Exception {
        Path file = fixture("pattern-not-anchored.yaml");
        List<String> lines = Files.readAllLines(file);
        int patternLine = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("pattern: ^([0-9]")).findFirst().orElseThrow());

        Finding finding = checker.check(file).get(0);

        assertThat(finding.line()).isEqualTo(patternLine);
        assertThat(finding.pointer()).isEqualTo("#/paths/~1things~1{thingKey}/get/parameters/0/schema/pattern");
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(SpecCheckerTest.class.getResource("/fixtures/" + name).toURI());
    }
}
