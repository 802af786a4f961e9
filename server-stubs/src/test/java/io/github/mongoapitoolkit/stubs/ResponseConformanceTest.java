package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conformance check itself rejects what breaks the spec, so that a green test means something. */
class ResponseConformanceTest {

    private static final ResponseConformance CHECK = ResponseConformance.shared();
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));
    private static final String IDLE = "{\"progress\":{\"state\":\"IDLE\",\"canCommit\":false,\"info\":null,"
            + "\"lagTimeSeconds\":null,\"collectionCopy\":null,\"directionMapping\":null}}";

    @Test
    void conformingProgressPasses() {
        assertThat(CHECK.problems(true, "GET", "/api/v1/progress", null, 200, JSON, IDLE)).isEmpty();
    }

    @Test
    void progressBreakingAStateRuleIsRejected() {
        String body = IDLE.replace("\"info\":null", "\"info\":\"collection copy\"");
        assertThat(CHECK.problems(true, "GET", "/api/v1/progress", null, 200, JSON, body))
                .anyMatch(p -> p.contains("MS-IDLE-NULLS"));
    }

    @Test
    void progressWithNullWhereTheSpecForbidsItIsRejected() {
        String body = IDLE.replace("\"canCommit\":false", "\"canCommit\":null");
        assertThat(CHECK.problems(true, "GET", "/api/v1/progress", null, 200, JSON, body)).isNotEmpty();
    }

    @Test
    void undeclaredStatusIsRejected() {
        String body = "{\"error\":418,\"errorCode\":\"TEAPOT\",\"detail\":\"x\",\"reason\":\"y\"}";
        assertThat(CHECK.problems(false, "GET", "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5e2211c17a3e5a48f5497de4/checkpoints",
                null, 418, JSON, body)).isNotEmpty();
    }

    @Test
    void errorBodyMissingARequiredFieldIsRejected() {
        String body = "{\"error\":404,\"detail\":\"x\",\"reason\":\"Not Found\"}";
        assertThat(CHECK.problems(false, "GET", "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5e2211c17a3e5a48f5497de4/checkpoints",
                null, 404, JSON, body)).isNotEmpty();
    }

    @Test
    void undeclaredPathMustStillAnswerWithTheApiErrorBody() {
        assertThat(CHECK.problems(true, "GET", "/api/v1/nothing", null, 404, JSON,
                "{\"success\":false,\"error\":\"NotFound\"}")).isEmpty();
        assertThat(CHECK.problems(true, "GET", "/api/v1/nothing", null, 404, JSON, "<html>Not Found</html>")).isNotEmpty();
    }
}
