package io.github.mongoapitoolkit.contracts.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.mongosync.client.model.EmptyRequest;
import io.github.mongoapitoolkit.contracts.ApiContract;
import io.github.mongoapitoolkit.conformance.ApiSpec;
import io.github.mongoapitoolkit.mongosync.client.api.ProgressApi;
import io.github.mongoapitoolkit.mongosync.client.api.SyncControlApi;
import io.github.mongoapitoolkit.mongosync.client.invoker.ApiClient;
import io.github.mongoapitoolkit.mongosync.client.invoker.ApiException;
import io.github.mongoapitoolkit.mongosync.client.model.BasicResponse;
import io.github.mongoapitoolkit.mongosync.client.model.ErrorResponse;
import io.github.mongoapitoolkit.mongosync.client.model.Progress;
import io.github.mongoapitoolkit.mongosync.client.model.StartRequest;
import io.github.mongoapitoolkit.mongosync.client.model.SyncState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A cutover runbook that drives mongosync and watches its progress, as the consumer
 * {@code cutover-orchestrator} of the provider {@code mongosync}, written with the generated client.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ApiContract.MONGOSYNC_PROVIDER, pactVersion = PactSpecVersion.V4)
class CutoverOrchestratorPactTest {

    static final String IDLE = "mongosync is IDLE";
    static final String COPYING = "mongosync is RUNNING and copying collections";
    static final String READY_TO_COMMIT = "mongosync is RUNNING in change event application and can commit";
    static final String PAUSED = "mongosync is PAUSED during the collection copy";
    static final String COMMITTED = "mongosync has COMMITTED the sync";

    private static final ApiSpec SPEC = ApiContract.MONGOSYNC.spec();
    private static final ObjectMapper JSON = new io.github.mongoapitoolkit.mongosync.client.invoker.JSON().getMapper();

    private static PactDslResponse progress(PactDslWithProvider builder, String state, String description) {
        return builder.given(state)
                .uponReceiving(description)
                .path("/api/v1/progress").method("GET")
                .willRespondWith().status(200)
                .matchHeader("Content-Type", SPEC.contentTypePattern("getProgress", "200"), "application/json");
    }

    private static PactDslResponse command(PactDslWithProvider builder, String state, String description, String path,
            PactDslJsonBody requestBody, int status, String operationId) {
        return builder.given(state)
                .uponReceiving(description)
                .path(path).method("POST")
                .matchHeader("Content-Type", "application/json(;\\s?charset=(utf|UTF)-8)?", "application/json")
                .body(requestBody)
                .willRespondWith().status(status)
                .matchHeader("Content-Type", SPEC.contentTypePattern(operationId, String.valueOf(status)), "application/json");
    }

    /** The state enum as a regex built from the spec, for fields where any state will do. */
    private static PactDslJsonBody progressBody(String state) {
        return new PactDslJsonBody()
                .booleanType("success", true)
                .object("progress")
                .stringMatcher("state", SPEC.enumPattern(SPEC.schema("SyncState")), state);
    }

    /** The direction of the sync, as the start request names the clusters. */
    private static final PactDslJsonBody DIRECTION = new PactDslJsonBody()
            .stringType("Source", "cluster0: localhost:27017")
            .stringType("Destination", "cluster1: localhost:27018");

    private static PactDslJsonBody bytesCopied(long copied, long total) {
        return new PactDslJsonBody()
                .integerType("estimatedTotalBytes", total)
                .integerType("estimatedCopiedBytes", copied);
    }

    private static PactDslJsonBody refusal(String error, String description) {
        return new PactDslJsonBody()
                .booleanValue("success", false)
                .stringValue("error", error)
                .stringType("errorDescription", description);
    }

    private interface Command {
        BasicResponse send() throws ApiException;
    }

    /** The command is refused with 409 and mongosync's error name. */
    private static void assertRefused(Command command, String error) throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class, command::send);
        assertThat(refused.getCode()).isEqualTo(409);
        assertThat(JSON.readValue(refused.getResponseBody(), ErrorResponse.class).getError()).isEqualTo(error);
    }

    private static ApiClient client(MockServer server) {
        return new ApiClient().setBasePath(server.getUrl());
    }

    // --- progress while IDLE: every required field but state and canCommit is null ---

    @Pact(consumer = ApiContract.MONGOSYNC_CONSUMER)
    V4Pact progressWhileIdle(PactDslWithProvider builder) {
        PactDslJsonBody body = progressBody("IDLE")
                .booleanValue("canCommit", false)
                .nullValue("info")
                .nullValue("lagTimeSeconds")
                .nullValue("collectionCopy")
                .nullValue("directionMapping")
                .closeObject().asBody();
        return progress(builder, IDLE, "a progress request while nothing is syncing").body(body).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "progressWhileIdle")
    void idleProgressCarriesNullsForEveryPhaseField(MockServer server) throws Exception {
        Progress progress = new ProgressApi(client(server)).getProgress().getProgress();

        assertThat(progress.getState()).isEqualTo(SyncState.IDLE);
        assertThat(progress.getCanCommit()).isFalse();
        assertThat(progress.getInfo()).isNull();
        assertThat(progress.getLagTimeSeconds()).isNull();
        assertThat(progress.getCollectionCopy()).isNull();
        assertThat(progress.getDirectionMapping()).isNull();
    }

    // --- progress while RUNNING, copying collections ---

    @Pact(consumer = ApiContract.MONGOSYNC_CONSUMER)
    V4Pact progressWhileCopying(PactDslWithProvider builder) {
        PactDslJsonBody body = progressBody("RUNNING")
                .booleanValue("canCommit", false)
                .booleanType("canWrite", false)
                .stringValue("info", "collection copy")
                .integerType("lagTimeSeconds", 5L)
                .object("collectionCopy", bytesCopied(476_830_848L, 5_368_709_120L))
                .object("directionMapping", DIRECTION)
                .object("lag")
                    .integerType("overallLagSeconds", 5L)
                    .integerType("crudLagSeconds", 5L)
                    .nullValue("ddlLagSeconds")
                .closeObject()
                .closeObject().asBody();
        return progress(builder, COPYING, "a progress request during the collection copy").body(body).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "progressWhileCopying")
    void runningProgressReportsBytesCopiedAndLag(MockServer server) throws Exception {
        Progress progress = new ProgressApi(client(server)).getProgress().getProgress();

        assertThat(progress.getState()).isEqualTo(SyncState.RUNNING);
        assertThat(progress.getCanCommit()).isFalse();
        assertThat(progress.getCollectionCopy().getEstimatedCopiedBytes())
                .isLessThanOrEqualTo(progress.getCollectionCopy().getEstimatedTotalBytes());
        assertThat(progress.getLag().getOverallLagSeconds()).isEqualTo(progress.getLagTimeSeconds());
    }

    // --- progress while PAUSED: lag is null ---

    @Pact(consumer = ApiContract.MONGOSYNC_CONSUMER)
    V4Pact progressWhilePaused(PactDslWithProvider builder) {
        PactDslJsonBody body = progressBody("PAUSED")
                .booleanValue("canCommit", false)
                .stringType("info", "collection copy")
                .nullValue("lagTimeSeconds")
                .object("collectionCopy", bytesCopied(2_345_589_014L, 5_368_709_120L))
                .object("directionMapping", DIRECTION)
                .closeObject().asBody();
        return progress(builder, PAUSED, "a progress request while the sync is paused").body(body).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "progressWhilePaused")
    void pausedProgressHasNoLag(MockServer server) throws Exception {
        Progress progress = new ProgressApi(client(server)).getProgress().getProgress();

        assertThat(progress.getState()).isEqualTo(SyncState.PAUSED);
        assertThat(progress.getLagTimeSeconds()).isNull();
        assertThat(progress.getCollectionCopy()).isNotNull();
    }

    // --- progress once COMMITTED: the application may write to the destination ---

    @Pact(consumer = ApiContract.MONGOSYNC_CONSUMER)
    V4Pact progressWhenCommitted(PactDslWithProvider builder) {
        PactDslJsonBody body = progressBody("COMMITTED")
                .booleanType("canCommit", false)
                .booleanValue("canWrite", true)
                .stringValue("info", "commit completed")
                .integerType("lagTimeSeconds", 0L)
                .object("collectionCopy", bytesCopied(5_368_709_120L, 5_368_709_120L))
                .object("directionMapping", DIRECTION)
                .closeObject().asBody();
        return progress(builder, COMMITTED, "a progress request after the commit").body(body).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "progressWhenCommitted")
    void committedProgressLetsTheApplicationWrite(MockServer server) throws Exception {
        Progress progress = new ProgressApi(client(server)).getProgress().getProgress();

        assertThat(progress.getState()).isEqualTo(SyncState.COMMITTED);
        assertThat(progress.getCanWrite()).isTrue();
    }

    // --- transitions the runbook drives ---

    @Pact(consumer = ApiContract.MONGOSYNC_CONSUMER)
    V4Pact startFromIdle(PactDslWithProvider builder) {
        // The generated model sends the spec's defaults explicitly, so the pact records them.
        PactDslJsonBody request = new PactDslJsonBody()
                .stringType("source", "cluster0")
                .stringType("destination", "cluster1")
                .booleanType("detectRandomId", true)
                .booleanType("preExistingDestinationData", false)
                .booleanType("reversible", false)
                .booleanType("skipDiskSpaceCheck", false);
        return command(builder, IDLE, "a start request while idle", "/api/v1/start", request, 200, "startSync")
                .body(new PactDslJsonBody().booleanValue("success", true)).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "startFromIdle")
    void startSucceedsWhileIdle(MockServer server) throws Exception {
        BasicResponse reply = new SyncControlApi(client(server))
                .startSync(new StartRequest().source("cluster0").destination("cluster1"));

        assertThat(reply.getSuccess()).isTrue();
    }

    @Pact(consumer = ApiContract.MONGOSYNC_CONSUMER)
    V4Pact pauseWhileCopying(PactDslWithProvider builder) {
        return command(builder, COPYING, "a pause request during the collection copy", "/api/v1/pause",
                new PactDslJsonBody(), 200, "pauseSync")
                .body(new PactDslJsonBody().booleanValue("success", true)).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "pauseWhileCopying")
    void pauseSucceedsWhileRunning(MockServer server) throws Exception {
        assertThat(new SyncControlApi(client(server)).pauseSync(new EmptyRequest()).getSuccess()).isTrue();
    }

    @Pact(consumer = ApiContract.MONGOSYNC_CONSUMER)
    V4Pact resumeWhilePaused(PactDslWithProvider builder) {
        return command(builder, PAUSED, "a resume request while paused", "/api/v1/resume",
                new PactDslJsonBody(), 200, "resumeSync")
                .body(new PactDslJsonBody().booleanValue("success", true)).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "resumeWhilePaused")
    void resumeSucceedsWhilePaused(MockServer server) throws Exception {
        assertThat(new SyncControlApi(client(server)).resumeSync(new EmptyRequest()).getSuccess()).isTrue();
    }

    @Pact(consumer = ApiContract.MONGOSYNC_CONSUMER)
    V4Pact commitWhenReady(PactDslWithProvider builder) {
        return command(builder, READY_TO_COMMIT, "a commit request once canCommit is true", "/api/v1/commit",
                new PactDslJsonBody(), 200, "commitSync")
                .body(new PactDslJsonBody().booleanValue("success", true)).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "commitWhenReady")
    void commitSucceedsOnceReady(MockServer server) throws Exception {
        assertThat(new SyncControlApi(client(server)).commitSync(new EmptyRequest()).getSuccess()).isTrue();
    }

    // --- refused transitions: 409 with mongosync's error body ---

    @Pact(consumer = ApiContract.MONGOSYNC_CONSUMER)
    V4Pact commitBeforeCanCommit(PactDslWithProvider builder) {
        return command(builder, COPYING, "a commit request before canCommit is true", "/api/v1/commit",
                new PactDslJsonBody(), 409, "commitSync")
                .body(refusal("CommitNotReady", "Cannot commit while canCommit is false."))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "commitBeforeCanCommit")
    void commitBeforeCanCommitIsRefusedWithCommitNotReady(MockServer server) throws Exception {
        assertRefused(() -> new SyncControlApi(client(server)).commitSync(new EmptyRequest()), "CommitNotReady");
    }

    @Pact(consumer = ApiContract.MONGOSYNC_CONSUMER)
    V4Pact pauseWhileIdle(PactDslWithProvider builder) {
        return command(builder, IDLE, "a pause request while idle", "/api/v1/pause",
                new PactDslJsonBody(), 409, "pauseSync")
                .body(refusal("InvalidStateTransition", "mongosync is IDLE; /pause is accepted only in RUNNING."))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "pauseWhileIdle")
    void pauseWhileIdleIsRefusedWithInvalidStateTransition(MockServer server) throws Exception {
        assertRefused(() -> new SyncControlApi(client(server)).pauseSync(new EmptyRequest()), "InvalidStateTransition");
    }
}
