package io.github.mongoapitoolkit.specs.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.mongoapitoolkit.specs.MergePatch;
import io.github.mongoapitoolkit.specs.ProjectSpecs;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gate's verdict on each change under {@code compat/}: which changes it calls breaking,
 * which it refuses, and that refusals name the API, operation and field and say how to exempt.
 */
class BreakingChangeGateTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path specsDir;

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(casesDir())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gateJudgesTheChangeAsTheCaseExpects(String caseFile) throws Exception {
        JsonNode testCase = YAML.readTree(casesDir().resolve(caseFile).toFile());
        ApiBaseline files = workingCopy(testCase.path("api").asText(), testCase.path("patch"), testCase.path("exemptions"));

        CompatibilityReport report = BaselineComparison.of(files).report();

        JsonNode expect = testCase.path("expect");
        if (expect.has("breaking")) {
            assertThat(keys(report.breaking())).as("breaking changes").containsExactlyInAnyOrderElementsOf(strings(expect.path("breaking")));
        }
        assertThat(keys(report.refused())).as("refused changes").containsExactlyInAnyOrderElementsOf(strings(expect.path("refused")));
        List<SpecChange> compatible = report.changes().stream().filter(change -> !change.breaking()).toList();
        assertThat(keys(compatible)).as("compatible changes").containsAll(strings(expect.path("compatible")));
        assertThat(report.staleExemptions().stream().map(e -> (e.operation() + " " + e.change() + " " + e.field()).strip()).toList())
                .as("stale exemptions").containsExactlyInAnyOrderElementsOf(strings(expect.path("stale")));
        assertThat(report.failures()).hasSize(report.refused().size() + report.staleExemptions().size());
    }

    @Test
    void projectSpecsMatchTheirBaselines() {
        ProjectSpecs.apis().forEach(api -> {
            CompatibilityReport report = BaselineComparison.of(ApiBaseline.in(Path.of(""), api)).report();
            assertThat(report.failures()).as(api).isEmpty();
        });
    }

    @Test
    void refusalSaysBreakingChangeNamesApiOperationAndFieldAndHowToExempt() throws Exception {
        JsonNode patch = YAML.readTree("components: {schemas: {Progress: {properties: {mongosyncID: null}}}}");
        ApiBaseline files = workingCopy(ProjectSpecs.MONGOSYNC, patch, YAML.missingNode());

        List<String> failures = BaselineComparison.of(files).report().failures();

        assertThat(failures).singleElement().asString()
                .startsWith("breaking change in mongosync: getProgress (GET /api/v1/progress), response 200, field progress.mongosyncID: response field removed.")
                .contains("mongosync/released/exemptions.yaml")
                .contains("    change: response-field-removed\n    field: progress.mongosyncID\n");
    }

    @Test
    void changelogListsBreakingAndCompatibleChanges() throws Exception {
        JsonNode patch = YAML.readTree("""
                components:
                  schemas:
                    Progress:
                      properties:
                        mongosyncID: null
                        gateTestOnlyEstimate: {type: integer, description: Estimate.}
                """);
        BaselineComparison comparison = BaselineComparison.of(workingCopy(ProjectSpecs.MONGOSYNC, patch, YAML.missingNode()));

        String markdown = Changelog.markdown(comparison);

        assertThat(markdown)
                .contains("# mongosync: changes since the released baseline")
                .contains("1 breaking change(s), 0 exempt, 1 refused")
                .contains("## Breaking changes")
                .contains("| `progress.mongosyncID` | response-field-removed (refused) |")
                .contains("## Compatible changes")
                .contains("| `progress.gateTestOnlyEstimate` | response-field-added |")
                .contains("## openapi-diff report");
    }

    @Test
    void exemptionWithoutReasonIsRejected() throws Exception {
        JsonNode exemptions = YAML.readTree("exemptions: [{operation: getProgress, change: response-field-removed, field: progress.mongosyncID}]");
        ApiBaseline files = workingCopy(ProjectSpecs.MONGOSYNC, YAML.createObjectNode(), exemptions);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BaselineComparison.of(files))
                .isInstanceOf(Exemptions.InvalidExemptionsException.class)
                .hasMessageContaining("gives no reason");
    }

    private ApiBaseline workingCopy(String api, JsonNode patch, JsonNode exemptions) throws IOException {
        ApiBaseline source = ApiBaseline.in(Path.of(""), api);
        ApiBaseline files = ApiBaseline.in(specsDir.resolve("specs"), api);
        Files.createDirectories(files.baseline().getParent());
        Files.copy(source.baseline(), files.baseline());
        JsonNode working = MergePatch.apply(YAML.readTree(source.baseline().toFile()), patch);
        YAML.writeValue(files.working().toFile(), working);
        if (!exemptions.isMissingNode()) {
            YAML.writeValue(files.exemptions().toFile(), exemptions);
        }
        return files;
    }

    private static List<String> keys(List<SpecChange> changes) {
        return changes.stream().map(c -> (c.operation() + " " + c.kind().id() + " "
                + (c.field().isEmpty() && c.location().startsWith("parameter ") ? c.location() : c.field())).strip()).toList();
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Path casesDir() throws URISyntaxException {
        return Path.of(BreakingChangeGateTest.class.getResource("/compat").toURI());
    }
}
