package io.github.mongoapitoolkit.contracts.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.client.auth.ApiKey;
import io.github.mongoapitoolkit.client.auth.OpsManagerClients;
import io.github.mongoapitoolkit.contracts.ApiContract;
import io.github.mongoapitoolkit.conformance.ApiSpec;
import io.github.mongoapitoolkit.opsmanager.client.api.CheckpointsApi;
import io.github.mongoapitoolkit.opsmanager.client.invoker.ApiClient;
import io.github.mongoapitoolkit.opsmanager.client.invoker.ApiException;
import io.github.mongoapitoolkit.opsmanager.client.model.ApiError;
import io.github.mongoapitoolkit.opsmanager.client.model.Checkpoint;
import io.github.mongoapitoolkit.opsmanager.client.model.CheckpointList;
import io.github.mongoapitoolkit.opsmanager.client.model.Link;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An audit job that checks every cluster has restorable checkpoints, as the consumer
 * {@code backup-auditor} of the provider {@code ops-manager-checkpoints}, with the generated
 * client and Digest auth.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ApiContract.OPS_MANAGER_PROVIDER, pactVersion = PactSpecVersion.V4)
class BackupAuditorPactTest {

    static final String PROJECT = "5e2211c17a3e5a48f5497de3";
    static final String SHARDED = "5e2211c17a3e5a48f5497de4";
    static final String EMPTY = "5e2211c17a3e5a48f5497de6";
    static final String CHECKPOINTS = "/api/public/v1.0/groups/%s/clusters/%s/checkpoints";
    static final String NINE_CHECKPOINTS = "cluster 5e2211c17a3e5a48f5497de4 of project 5e2211c17a3e5a48f5497de3 has 9 checkpoints";
    private static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm:ssX";
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private static final ApiSpec SPEC = ApiContract.OPS_MANAGER_CHECKPOINTS.spec();
    private static final ObjectMapper JSON = new io.github.mongoapitoolkit.opsmanager.client.invoker.JSON().getMapper();
    private static final ApiKey KEY = new ApiKey("auditorpublickey", "auditor-private-key");

    private static PactDslRequestWithPath request(PactDslWithProvider builder, String state, String description, String path) {
        PactDslRequestWithoutPath interaction = state == null
                ? builder.uponReceiving(description)
                : builder.given(state).uponReceiving(description);
        return interaction
                .path(path).method("GET")
                .matchHeader("Accept", "^application/json$", "application/json");
    }

    private static PactDslResponse respond(PactDslRequestWithPath request, String operationId, int status) {
        return request.willRespondWith().status(status)
                .matchHeader("Content-Type", SPEC.contentTypePattern(operationId, String.valueOf(status)), "application/json");
    }

    private static PactDslJsonBody apiError(int status, String errorCode) {
        return new PactDslJsonBody()
                .stringType("detail", "Explanation of the error.")
                .numberValue("error", status)
                .stringValue("errorCode", errorCode)
                .stringType("reason", "Reason phrase");
    }

    /** One checkpoint: ids by the spec's ObjectId pattern, part types by its enum, times as ISO 8601. */
    private static PactDslJsonBody checkpointFields(PactDslJsonBody checkpoint, String id) {
        String objectId = SPEC.pattern("ObjectId");
        checkpoint
                .stringMatcher("id", objectId, id)
                .stringMatcher("clusterId", objectId, SHARDED)
                .stringMatcher("groupId", objectId, PROJECT)
                .booleanType("restorable", true)
                .datetime("started", DATE_TIME, UTC, Instant.parse("2015-07-31T23:35:52Z"))
                .datetime("timestamp", DATE_TIME, UTC, Instant.parse("2015-07-31T23:34:47Z"))
                .eachLike("parts")
                    .booleanType("tokenDiscovered", true)
                    .stringMatcher("typeName", SPEC.enumPattern(SPEC.property("CheckpointPart", "typeName")), "REPLICA_SET")
                    .object("tokenTimestamp")
                        .datetime("date", DATE_TIME, UTC, Instant.parse("2015-07-31T23:35:52Z"))
                        .integerType("increment", 1L)
                    .closeObject()
                .closeObject().closeArray();
        return checkpoint;
    }

    private static String pageHref(int pageNum) {
        return "^https?://[^/]+/api/public/v1\\.0/groups/" + PROJECT + "/clusters/" + SHARDED
                + "/checkpoints\\?(.*&)?pageNum=" + pageNum + "(&.*)?$";
    }

    private static String exampleHref(int pageNum) {
        return "http://localhost:8080" + String.format(CHECKPOINTS, PROJECT, SHARDED) + "?pageNum=" + pageNum + "&itemsPerPage=3";
    }

    /** A link of a page: its relation and the page it points to. */
    private record PageLink(String rel, int pageNum) {
    }

    /** A page of 3 of the 9 checkpoints, with its links in the order Ops Manager lists them. */
    private static PactDslJsonBody page(String firstId, PageLink... pageLinks) {
        PactDslJsonArray links = new PactDslJsonBody().array("links");
        for (PageLink link : pageLinks) {
            links.object().stringValue("rel", link.rel())
                    .stringMatcher("href", pageHref(link.pageNum()), exampleHref(link.pageNum())).closeObject();
        }
        PactDslJsonBody item = ((PactDslJsonBody) links.closeArray()).minMaxArrayLike("results", 3, 3);
        return ((PactDslJsonBody) checkpointFields(item, firstId).closeObject().closeArray()).integerType("totalCount", 9);
    }

    private static CheckpointsApi api(MockServer server) {
        return new CheckpointsApi(OpsManagerClients.withApiKey(server.getUrl(), KEY));
    }

    private static ApiError refusal(ApiException e) throws Exception {
        return JSON.readValue(e.getResponseBody(), ApiError.class);
    }

    // --- lists ---

    @Pact(consumer = ApiContract.OPS_MANAGER_CONSUMER)
    V4Pact firstPage(PactDslWithProvider builder) {
        PactDslJsonBody page = page("55bc0658e4b097a3efe06f1f", new PageLink("self", 1), new PageLink("next", 2));
        return respond(request(builder, NINE_CHECKPOINTS, "a request for the first page of checkpoints",
                String.format(CHECKPOINTS, PROJECT, SHARDED)).query("pageNum=1&itemsPerPage=3"), "listCheckpoints", 200)
                .body(page).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "firstPage")
    void theFirstPageLinksToTheNext(MockServer server) throws Exception {
        CheckpointList page = api(server).listCheckpoints(PROJECT, SHARDED, 1, 3, null, null, null);

        assertThat(page.getResults()).hasSize(3).allMatch(Checkpoint::getRestorable);
        assertThat(page.getLinks()).extracting(Link::getRel).containsExactly("self", "next");
        assertThat(page.getTotalCount()).isEqualTo(9);
    }

    @Pact(consumer = ApiContract.OPS_MANAGER_CONSUMER)
    V4Pact middlePage(PactDslWithProvider builder) {
        PactDslJsonBody page = page("55bc0658e4b097a3efe06f22", new PageLink("self", 2), new PageLink("previous", 1), new PageLink("next", 3));
        return respond(request(builder, NINE_CHECKPOINTS, "a request for a middle page of checkpoints",
                String.format(CHECKPOINTS, PROJECT, SHARDED)).query("pageNum=2&itemsPerPage=3"), "listCheckpoints", 200)
                .body(page).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "middlePage")
    void aMiddlePageLinksBothWays(MockServer server) throws Exception {
        CheckpointList page = api(server).listCheckpoints(PROJECT, SHARDED, 2, 3, null, null, null);

        assertThat(page.getResults()).hasSize(3);
        assertThat(page.getLinks()).extracting(Link::getRel).containsExactly("self", "previous", "next");
    }

    @Pact(consumer = ApiContract.OPS_MANAGER_CONSUMER)
    V4Pact emptyList(PactDslWithProvider builder) {
        PactDslJsonBody body = new PactDslJsonBody();
        PactDslJsonArray links = body.array("links");
        links.object().stringValue("rel", "self").stringType("href", exampleHref(1)).closeObject();
        PactDslJsonBody page = ((PactDslJsonBody) ((PactDslJsonBody) links.closeArray()).array("results").closeArray())
                .integerType("totalCount", 0);
        return respond(request(builder, "cluster 5e2211c17a3e5a48f5497de6 of project 5e2211c17a3e5a48f5497de3 has no checkpoints",
                "a request for the checkpoints of a cluster that has none", String.format(CHECKPOINTS, PROJECT, EMPTY)),
                "listCheckpoints", 200)
                .body(page).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "emptyList")
    void aClusterWithoutCheckpointsIsAnEmptyList(MockServer server) throws Exception {
        CheckpointList page = api(server).listCheckpoints(PROJECT, EMPTY, null, null, null, null, null);

        assertThat(page.getResults()).isEmpty();
        assertThat(page.getTotalCount()).isZero();
    }

    // --- one checkpoint ---

    @Pact(consumer = ApiContract.OPS_MANAGER_CONSUMER)
    V4Pact oneCheckpoint(PactDslWithProvider builder) {
        return respond(request(builder, "checkpoint 55bc0658e4b097a3efe06f1f exists in cluster 5e2211c17a3e5a48f5497de4",
                "a request for one checkpoint", String.format(CHECKPOINTS, PROJECT, SHARDED) + "/55bc0658e4b097a3efe06f1f"),
                "getCheckpoint", 200)
                .body(checkpointFields(new PactDslJsonBody(), "55bc0658e4b097a3efe06f1f"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "oneCheckpoint")
    void readsOneCheckpointWithItsParts(MockServer server) throws Exception {
        Checkpoint checkpoint = api(server).getCheckpoint(PROJECT, SHARDED, "55bc0658e4b097a3efe06f1f", null, null);

        assertThat(checkpoint.getId()).isEqualTo("55bc0658e4b097a3efe06f1f");
        assertThat(checkpoint.getParts()).isNotEmpty();
        assertThat(checkpoint.getStarted()).isNotNull();
    }

    // --- 404 with each documented code ---

    private PactDslResponse notFound(PactDslWithProvider builder, String state, String description, String path, String operationId) {
        return respond(request(builder, state, description, path), operationId, 404);
    }

    @Pact(consumer = ApiContract.OPS_MANAGER_CONSUMER)
    V4Pact unknownProject(PactDslWithProvider builder) {
        return notFound(builder, "project 111111111111111111111111 does not exist", "a list request in an unknown project",
                String.format(CHECKPOINTS, "111111111111111111111111", SHARDED), "listCheckpoints")
                .body(apiError(404, "GROUP_NOT_FOUND")).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownProject")
    void anUnknownProjectIsGroupNotFound(MockServer server) throws Exception {
        assertRefused(() -> api(server).listCheckpoints("111111111111111111111111", SHARDED, null, null, null, null, null),
                404, "GROUP_NOT_FOUND");
    }

    @Pact(consumer = ApiContract.OPS_MANAGER_CONSUMER)
    V4Pact unknownCluster(PactDslWithProvider builder) {
        return notFound(builder, "project 5e2211c17a3e5a48f5497de3 has no cluster 222222222222222222222222",
                "a list request for an unknown cluster", String.format(CHECKPOINTS, PROJECT, "222222222222222222222222"),
                "listCheckpoints")
                .body(apiError(404, "CLUSTER_NOT_FOUND")).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownCluster")
    void anUnknownClusterIsClusterNotFound(MockServer server) throws Exception {
        assertRefused(() -> api(server).listCheckpoints(PROJECT, "222222222222222222222222", null, null, null, null, null),
                404, "CLUSTER_NOT_FOUND");
    }

    @Pact(consumer = ApiContract.OPS_MANAGER_CONSUMER)
    V4Pact malformedProjectId(PactDslWithProvider builder) {
        return notFound(builder, null, "a list request with a project id that is not an ObjectId",
                String.format(CHECKPOINTS, "not-a-group", SHARDED), "listCheckpoints")
                .body(apiError(404, "INVALID_GROUP_ID")).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "malformedProjectId")
    void aMalformedProjectIdIsInvalidGroupId(MockServer server) throws Exception {
        assertRefused(() -> api(server).listCheckpoints("not-a-group", SHARDED, null, null, null, null, null),
                404, "INVALID_GROUP_ID");
    }

    @Pact(consumer = ApiContract.OPS_MANAGER_CONSUMER)
    V4Pact malformedClusterId(PactDslWithProvider builder) {
        return notFound(builder, null, "a list request with an upper-case cluster id",
                String.format(CHECKPOINTS, PROJECT, "5E2211C17A3E5A48F5497DE4"), "listCheckpoints")
                .body(apiError(404, "INVALID_CLUSTER_ID")).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "malformedClusterId")
    void anUpperCaseClusterIdIsInvalidClusterId(MockServer server) throws Exception {
        assertRefused(() -> api(server).listCheckpoints(PROJECT, "5E2211C17A3E5A48F5497DE4", null, null, null, null, null),
                404, "INVALID_CLUSTER_ID");
    }

    @Pact(consumer = ApiContract.OPS_MANAGER_CONSUMER)
    V4Pact unknownCheckpoint(PactDslWithProvider builder) {
        return notFound(builder, "cluster 5e2211c17a3e5a48f5497de4 has no checkpoint 333333333333333333333333",
                "a request for an unknown checkpoint", String.format(CHECKPOINTS, PROJECT, SHARDED) + "/333333333333333333333333",
                "getCheckpoint")
                .body(apiError(404, "CHECKPOINT_NOT_FOUND")).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownCheckpoint")
    void anUnknownCheckpointIsCheckpointNotFound(MockServer server) throws Exception {
        assertRefused(() -> api(server).getCheckpoint(PROJECT, SHARDED, "333333333333333333333333", null, null),
                404, "CHECKPOINT_NOT_FOUND");
    }

    @Pact(consumer = ApiContract.OPS_MANAGER_CONSUMER)
    V4Pact malformedCheckpointId(PactDslWithProvider builder) {
        return notFound(builder, null, "a request with a 23-character checkpoint id",
                String.format(CHECKPOINTS, PROJECT, SHARDED) + "/55bc0658e4b097a3efe06f1", "getCheckpoint")
                .body(apiError(404, "INVALID_CHECKPOINT_ID")).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "malformedCheckpointId")
    void aShortCheckpointIdIsInvalidCheckpointId(MockServer server) throws Exception {
        assertRefused(() -> api(server).getCheckpoint(PROJECT, SHARDED, "55bc0658e4b097a3efe06f1", null, null),
                404, "INVALID_CHECKPOINT_ID");
    }

    // --- 400 and 401 ---

    @Pact(consumer = ApiContract.OPS_MANAGER_CONSUMER)
    V4Pact pageTooLarge(PactDslWithProvider builder) {
        return respond(request(builder, NINE_CHECKPOINTS, "a list request for more than 500 items per page",
                String.format(CHECKPOINTS, PROJECT, SHARDED)).query("itemsPerPage=501"), "listCheckpoints", 400)
                .body(apiError(400, "INVALID_QUERY_PARAMETER")).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "pageTooLarge")
    void moreThan500ItemsPerPageIsAnInvalidQueryParameter(MockServer server) throws Exception {
        assertRefused(() -> api(server).listCheckpoints(PROJECT, SHARDED, null, 501, null, null, null),
                400, "INVALID_QUERY_PARAMETER");
    }

    @Pact(consumer = ApiContract.OPS_MANAGER_CONSUMER)
    V4Pact unauthenticated(PactDslWithProvider builder) {
        return respond(request(builder, "the caller sends no credentials", "a list request without credentials",
                String.format(CHECKPOINTS, PROJECT, SHARDED)), "listCheckpoints", 401)
                .matchHeader("WWW-Authenticate", "^Digest realm=\"MMS Public API\", .*nonce=\"[^\"]+\".*qop=\"auth\".*$",
                        "Digest realm=\"MMS Public API\", domain=\"\", nonce=\"cVJjUIUOmN5sdU5SZlNGahQR0CyoJYGk\", algorithm=MD5, qop=\"auth\", stale=false")
                .body(apiError(401, "USER_UNAUTHORIZED")).toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unauthenticated")
    void withoutCredentialsGetsADigestChallenge(MockServer server) throws Exception {
        ApiClient anonymous = new ApiClient().setBasePath(server.getUrl());
        ApiException refused = assertRefused(() -> new CheckpointsApi(anonymous)
                .listCheckpoints(PROJECT, SHARDED, null, null, null, null, null), 401, "USER_UNAUTHORIZED");

        assertThat(refused.getResponseHeaders().get("WWW-Authenticate")).singleElement().asString().startsWith("Digest ");
    }

    private interface Call {
        void run() throws ApiException;
    }

    /** The call is refused with the status and the stable errorCode, never the prose. */
    private static ApiException assertRefused(Call call, int status, String errorCode) throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class, call::run);
        assertThat(refused.getCode()).isEqualTo(status);
        assertThat(refusal(refused).getErrorCode()).isEqualTo(errorCode);
        return refused;
    }
}
