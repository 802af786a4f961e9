package io.github.mongoapitoolkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The check rejects what breaks a spec, by a stable rule key, so that a green test means something. */
class ConformanceCheckTest {

    private static final String IDLE = "{\"progress\":{\"state\":\"IDLE\",\"canCommit\":false,\"info\":null,"
            + "\"lagTimeSeconds\":null,\"collectionCopy\":null,\"directionMapping\":null}}";
    private static final String CHECKPOINTS = "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5e2211c17a3e5a48f5497de4/checkpoints";
    private static final String MIGRATION = "/api/atlas/v2/groups/5e2211c17a3e5a48f5497de3/liveMigrations/32b6e34b3d91647abb20e7b8";

    private static List<Violation> mongosync(String method, String target, int status, String body) {
        return ConformanceCheck.mongosync().check(ObservedRequest.of(method, target), ObservedResponse.json(status, body));
    }

    private static List<Violation> cloud(String method, String target, int status, String body) {
        return ConformanceCheck.cloud().check(ObservedRequest.of(method, target), ObservedResponse.json(status, body));
    }

    @Test
    void conformingProgressPasses() {
        assertThat(mongosync("GET", "/api/v1/progress", 200, IDLE)).isEmpty();
    }

    @Test
    void progressBreakingAStateRuleIsRejectedByTheRulesId() {
        String body = IDLE.replace("\"info\":null", "\"info\":\"collection copy\"");
        assertThat(mongosync("GET", "/api/v1/progress", 200, body)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("MS-IDLE-NULLS");
            assertThat(v.operation()).contains("getProgress");
            assertThat(v.pointer()).contains("/progress/info");
        });
    }

    @Test
    void nullWhereTheSpecForbidsItIsRejectedAtItsPointer() {
        String body = IDLE.replace("\"canCommit\":false", "\"canCommit\":null");
        assertThat(mongosync("GET", "/api/v1/progress", 200, body))
                .anySatisfy(v -> {
                    assertThat(v.is("type")).as(v.toString()).isTrue();
                    assertThat(v.pointer()).contains("/progress/canCommit");
                });
    }

    @Test
    void anUndeclaredStatusIsRejected() {
        String body = "{\"error\":418,\"errorCode\":\"TEAPOT\",\"detail\":\"x\",\"reason\":\"y\"}";
        assertThat(cloud("GET", CHECKPOINTS, 418, body)).extracting(Violation::rule)
                .contains("validation.response.status.unknown");
    }

    @Test
    void anErrorBodyMissingARequiredFieldIsRejected() {
        String body = "{\"error\":404,\"detail\":\"x\",\"reason\":\"Not Found\"}";
        assertThat(cloud("GET", CHECKPOINTS, 404, body)).anySatisfy(v -> assertThat(v.is("required")).isTrue());
    }

    @Test
    void anUndeclaredPathMustStillAnswerWithTheApisErrorBody() {
        assertThat(mongosync("GET", "/api/v1/nothing", 404, "{\"success\":false,\"error\":\"NotFound\"}")).isEmpty();
        assertThat(mongosync("GET", "/api/v1/nothing", 404, "<html>Not Found</html>")).extracting(Violation::rule)
                .containsExactly(Violation.NOT_JSON);
        assertThat(cloud("GET", "/api/public/v1.0/nothing", 404, "{\"success\":false,\"error\":\"NotFound\"}"))
                .as("the cloud port judges an unknown Ops Manager path by Ops Manager's error body")
                .extracting(Violation::rule).contains(Violation.ERROR_BODY);
    }

    @Test
    void theTargetIsNormalisedBeforeTheOperationIsLookedUp() {
        assertThat(mongosync("GET", "/api/v1/./x/../progress", 200, IDLE)).isEmpty();
        assertThat(mongosync("GET", "/api/v1/%70rogress", 200, IDLE.replace("\"info\":null", "\"info\":\"x\"")))
                .extracting(Violation::rule).contains("MS-IDLE-NULLS");
    }

    @Test
    void anEnvelopeAnswerIsCheckedAgainstTheStatusItCarries() {
        String notFound = "{\"status\":404,\"content\":{\"error\":404,\"errorCode\":\"RESOURCE_NOT_FOUND\",\"detail\":\"x\",\"reason\":\"Not Found\"}}";
        List<Violation> violations = ConformanceCheck.cloud().check(ObservedRequest.of("GET", MIGRATION + "?envelope=true"),
                ObservedResponse.json(200, notFound));
        assertThat(violations).as("a 404 the operation declares, in Atlas's error shape").isEmpty();
        String broken = notFound.replace("\"errorCode\":\"RESOURCE_NOT_FOUND\",", "");
        assertThat(ConformanceCheck.cloud().check(ObservedRequest.of("GET", MIGRATION + "?envelope=true"),
                ObservedResponse.json(200, broken)))
                .anySatisfy(v -> assertThat(v.is("required")).isTrue());
    }

    @Test
    void aRequestBreakingAParameterPatternIsRejected() {
        assertThat(ConformanceCheck.cloud().checkRequest(ObservedRequest.of("GET", MIGRATION))).isEmpty();
        assertThat(ConformanceCheck.cloud().checkRequest(ObservedRequest.of("GET", MIGRATION.replace("32b6e34b", "not-an-id"))))
                .anySatisfy(v -> assertThat(v.rule()).startsWith("validation.request.parameter"));
    }

    @Test
    void specFactsComeFromTheSpecOnTheClasspath() {
        ApiSpec atlas = MongoApi.ATLAS_LIVE_MIGRATIONS.spec();
        assertThat(atlas.pattern("ObjectId")).startsWith("^").endsWith("$");
        assertThat(atlas.mediaType("getGroupLiveMigration", "200")).startsWith("application/vnd.atlas.");
        assertThat(atlas.operation("GET", MIGRATION)).map(ApiSpec.Operation::id).contains("getGroupLiveMigration");
    }
}
