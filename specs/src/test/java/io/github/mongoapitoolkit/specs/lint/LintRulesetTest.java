package io.github.mongoapitoolkit.specs.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.mongoapitoolkit.specs.MergePatch;
import io.github.mongoapitoolkit.specs.check.Finding;
import io.github.mongoapitoolkit.specs.check.SpecChecker;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of {@code specs/lint/ruleset.yaml} has a passing and a failing fragment under
 * {@code lint/<rule-id>/}. Each fragment is merged into {@code lint/base.yaml}; the passing
 * spec must have no finding from any check, and the failing one findings of its own rule only.
 */
class LintRulesetTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Ruleset RULESET = Ruleset.load();
    private final SpecChecker checker = new SpecChecker();

    static Stream<String> ruleIds() {
        return RULESET.rules().keySet().stream().sorted();
    }

    @Test
    void everyRuleHasFragmentsAndEveryFragmentDirectoryIsARule() throws Exception {
        Set<String> directories = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(lintDir())) {
            dirs.filter(Files::isDirectory).forEach(dir -> directories.add(dir.getFileName().toString()));
        }
        assertThat(directories).containsExactlyInAnyOrderElementsOf(ruleIds().toList());
    }

    @Test
    void baseSpecPassesEveryCheck() throws Exception {
        assertThat(check("base.yaml", YAML.readTree(lintDir().resolve("base.yaml").toFile()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void passingFragmentHasNoFinding(String ruleId) throws Exception {
        assertThat(check(ruleId, "pass.yaml")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void failingFragmentBreaksItsRuleOnly(String ruleId) throws Exception {
        List<Finding> findings = check(ruleId, "fail.yaml");

        assertThat(findings).isNotEmpty();
        assertThat(findings).extracting(Finding::ruleId).containsOnly(ruleId);
        assertThat(findings).allSatisfy(finding -> assertThat(finding.message()).startsWith(RULESET.rules().get(ruleId).message()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void anExceptionWithAReasonNextToTheElementExcusesTheFinding(String ruleId) throws Exception {
        if (ruleId.equals(ExceptionFormatRule.ID)) {
            return; // IPA-005 itself cannot be excepted.
        }
        JsonNode spec = merged(ruleId, "fail.yaml");
        for (Finding finding : check(ruleId, spec)) {
            String pointer = finding.pointer().substring(1);
            JsonNode element = spec.at(pointer);
            while (!element.isObject()) {
                pointer = pointer.substring(0, pointer.lastIndexOf('/'));
                element = spec.at(pointer);
            }
            ((ObjectNode) element).putObject(LintExceptions.EXTENSION).put(ruleId, "Excepted by a test.");
        }

        assertThat(check(ruleId, spec)).isEmpty();
    }

    @Test
    void exceptionForOneRuleDoesNotExcuseAnother() throws Exception {
        JsonNode spec = merged("xgen-IPA-123-enum-values-must-be-upper-snake-case", "fail.yaml");
        ((ObjectNode) spec.at("/components/schemas/Thing/properties/state")).putObject(LintExceptions.EXTENSION)
                .put("xgen-IPA-117-description", "Excepts a different rule.");

        assertThat(check("other-rule", spec)).extracting(Finding::ruleId)
                .containsOnly("xgen-IPA-123-enum-values-must-be-upper-snake-case");
    }

    private List<Finding> check(String ruleId, String fragment) throws IOException, URISyntaxException {
        return check(ruleId + "/" + fragment, merged(ruleId, fragment));
    }

    /** Checks a spec built in memory, named as the fragment it came from. */
    private List<Finding> check(String name, JsonNode spec) throws IOException {
        return checker.check(Path.of(name), YAML.writeValueAsString(spec));
    }

    private static JsonNode merged(String ruleId, String fragment) throws IOException, URISyntaxException {
        JsonNode base = YAML.readTree(lintDir().resolve("base.yaml").toFile());
        JsonNode patch = YAML.readTree(lintDir().resolve(ruleId).resolve(fragment).toFile());
        return MergePatch.apply(base, patch == null ? YAML.createObjectNode() : patch);
    }

    private static Path lintDir() throws URISyntaxException {
        return Path.of(LintRulesetTest.class.getResource("/lint/base.yaml").toURI()).getParent();
    }
}
