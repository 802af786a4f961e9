package io.github.mongoapitoolkit.contracts.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.contracts.ApiContract;
import io.github.mongoapitoolkit.conformance.ApiSpec;
import io.github.mongoapitoolkit.contracts.cases.ConformanceCase;
import io.github.mongoapitoolkit.contracts.pactcheck.PactSpecCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Which operations x declared statuses, and which mongosync states, the pacts and the cases
 * exercise. Writes {@code target/contract-coverage.md} and fails when a declared response of any
 * operation, or a mongosync state, is exercised by neither.
 */
class ContractCoverageIT {

    private static final Path REPORT = Path.of("target", "contract-coverage.md");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How often pacts and cases exercise one thing. */
    private static final class Tally {
        int pacts;
        int cases;
    }

    @Test
    void everyDeclaredResponseAndEveryMongosyncStateIsExercised() throws IOException {
        Map<String, Tally> responses = new TreeMap<>();
        Map<String, Tally> states = new TreeMap<>();
        for (ApiContract api : ApiContract.values()) {
            for (ApiSpec.Operation op : api.spec().operations()) {
                op.statuses().forEach(status -> responses.put(key(op, status), new Tally()));
            }
        }
        ApiContract.MONGOSYNC.spec().schema("SyncState").path("enum").forEach(s -> states.put(s.asText(), new Tally()));

        StringBuilder report = new StringBuilder("# Contract coverage\n\n## Pacts\n\n| Pact | Interactions |\n|---|---|\n");
        for (Path file : PactSpecCheck.pactFiles()) {
            Pact pact = PactSpecCheck.read(file);
            report.append("| ").append(file.getFileName()).append(" | ").append(pact.getInteractions().size()).append(" |\n");
            ApiContract api = ApiContract.ofProvider(pact.getProvider().getName()).orElseThrow();
            for (Interaction interaction : pact.getInteractions()) {
                SynchronousRequestResponse http = interaction.asSynchronousRequestResponse();
                String status = String.valueOf(http.getResponse().getStatus());
                api.spec().operation(http.getRequest().getMethod(), http.getRequest().getPath()).ifPresent(op -> {
                    Tally tally = responses.get(key(op, op.statuses().contains(status) ? status : "default"));
                    if (tally != null) {
                        tally.pacts++;
                    }
                });
                if (api == ApiContract.MONGOSYNC && http.getRequest().getPath().equals("/api/v1/progress") && status.equals("200")) {
                    Tally tally = states.get(JSON.readTree(http.getResponse().getBody().valueAsString()).at("/progress/state").asText());
                    if (tally != null) {
                        tally.pacts++;
                    }
                }
            }
        }

        Map<String, Integer> casesPerApi = new TreeMap<>();
        for (ConformanceCase c : ConformanceCase.all()) {
            casesPerApi.merge(c.api().provider(), 1, Integer::sum);
            c.response().ifPresent(ref -> {
                Tally tally = responses.get(key(c.api().spec().operation(ref.operationId()), ref.status()));
                if (tally != null && c.valid()) {
                    tally.cases++;
                }
            });
            // A state is exercised by a valid progress body in it, whole (ProgressResponse) or its progress part (Progress).
            JsonNode state = c.schema().equals("Progress") ? c.value().at("/state") : c.value().at("/progress/state");
            if (c.valid() && c.api() == ApiContract.MONGOSYNC && (c.schema().equals("ProgressResponse") || c.schema().equals("Progress"))
                    && states.containsKey(state.asText())) {
                states.get(state.asText()).cases++;
            }
        }
        report.append("\n## Cases\n\n| API | Cases |\n|---|---|\n");
        casesPerApi.forEach((api, n) -> report.append("| ").append(api).append(" | ").append(n).append(" |\n"));

        List<String> unexercised = new ArrayList<>();
        report.append("\n## Operations x declared statuses\n\n| Operation | Status | Pacts | Cases |\n|---|---|---|---|\n");
        responses.forEach((key, t) -> {
            report.append("| ").append(key.replace(" ", " | ")).append(" | ").append(t.pacts).append(" | ").append(t.cases).append(" |\n");
            if (t.pacts + t.cases == 0) {
                unexercised.add("response " + key);
            }
        });
        report.append("\n## mongosync states\n\n| State | Pacts | Cases |\n|---|---|---|\n");
        states.forEach((state, t) -> {
            report.append("| ").append(state).append(" | ").append(t.pacts).append(" | ").append(t.cases).append(" |\n");
            if (t.pacts + t.cases == 0) {
                unexercised.add("mongosync state " + state);
            }
        });
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);

        assertThat(unexercised).as("declared but exercised by no pact and no case (see %s)", REPORT).isEmpty();
    }

    private static String key(ApiSpec.Operation op, String status) {
        return op.api().specName() + ":" + op.id() + " " + status;
    }
}
