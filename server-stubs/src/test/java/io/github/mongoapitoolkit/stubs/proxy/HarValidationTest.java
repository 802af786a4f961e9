package io.github.mongoapitoolkit.stubs.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} on a HAR file as a browser exports it: the dashboard's own requests left out, Atlas's judged. */
class HarValidationTest {

    private static final Path HAR = Path.of("src", "test", "resources", "har", "migration-dashboard.har");

    @TempDir
    Path folder;

    @Test
    void aBrowsersHarIsJudgedAndReportedAsTheProxyWould() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Path report = folder.resolve("dashboard.json");

        int status = ValidateCommand.run(new String[] {"--api", "atlas-live-migrations", HAR.toString(), "--report", report.toString(),
                "--fail-on", "drift"}, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.path("exchanges").asLong()).as("Atlas's five answered entries").isEqualTo(5);
        assertThat(json.path("notJudged").asLong()).as("the blocked request").isEqualTo(1);
        assertThat(json.path("violations").asLong()).isZero();
        List<String> findings = new ArrayList<>();
        json.path("findings").forEach(f -> findings.add(f.path("rule").asText() + " " + f.path("operation").asText() + " "
                + (f.path("pointer").isNull() ? f.path("message").asText() : f.path("pointer").asText())));
        assertThat(findings).containsExactlyInAnyOrder(
                "drift.property getGroupLiveMigration /estimatedSecondsToCutover",
                "drift.enum-value getGroupLiveMigration /status",
                "drift.header getGroupLiveMigration the header X-Envoy-Upstream-Service-Time is not declared for status 200");
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("SKIPPED   entry 6").contains("2 for other servers left out")
                .contains("DRIFT     getGroupLiveMigration /status [drift.enum-value] = \"CUTOVER_IN_PROGRESS\"");
        String markdown = Files.readString(folder.resolve("dashboard.md"));
        assertThat(markdown).contains("| getGroupLiveMigration | 4 | 0 | 3 |").contains("## Suggested spec changes");
        assertThat(Files.readString(report) + markdown + output).doesNotContain("6629fae49393a05397450978507c4ef1");
    }

    @Test
    void driftAloneDoesNotFailAtTheDefaultLevel() throws Exception {
        int status = ValidateCommand.run(new String[] {"--api", "atlas-live-migrations", HAR.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
    }
}
