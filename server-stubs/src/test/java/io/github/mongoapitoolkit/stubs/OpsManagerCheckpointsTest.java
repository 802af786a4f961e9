package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mongoapitoolkit.stubs.StubHttp.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ops Manager's checkpoint list and get-one, with Digest, against the built-in dataset. */
class OpsManagerCheckpointsTest {

    private static final String CLUSTER = "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5e2211c17a3e5a48f5497de4";
    private static StubFixture stub;
    private static ProxiedStub proxied;
    private static StubHttp http;

    @BeforeAll
    static void start() {
        stub = new StubFixture();
        proxied = new ProxiedStub(stub, io.github.mongoapitoolkit.conformance.MongoApi.OPS_MANAGER_CHECKPOINTS);
        http = proxied.http();
    }

    @AfterAll
    static void stop() {
        try {
            proxied.close();
        } finally {
            stub.close();
        }
    }

    private static Reply get(String pathAndQuery) {
        return http.cloudWithDigest("GET", pathAndQuery, Map.of("Accept", "application/json"));
    }

    @Test
    void listCheckpointsPagesThroughTheShardedClusterWithAbsoluteLinks() {
        List<String> ids = new ArrayList<>();
        Reply first = get(CLUSTER + "/checkpoints?pageNum=1&itemsPerPage=4");
        assertThat(rels(first)).containsExactly("self", "next");
        assertThat(first.body().get("totalCount").asInt()).isEqualTo(9);
        assertThat(first.body().at("/results/0/id").asText()).isEqualTo("55bc0658e4b097a3efe06f1f");
        assertThat(first.body().at("/links/1/href").asText())
                .isEqualTo(stub.servers().cloudUri() + CLUSTER + "/checkpoints?pageNum=2&itemsPerPage=4");

        Reply middle = get(CLUSTER + "/checkpoints?pageNum=2&itemsPerPage=4");
        assertThat(rels(middle)).containsExactly("self", "previous", "next");
        Reply last = get(CLUSTER + "/checkpoints?pageNum=3&itemsPerPage=4");
        assertThat(rels(last)).containsExactly("self", "previous");
        for (Reply page : List.of(first, middle, last)) {
            page.body().get("results").forEach(c -> ids.add(c.get("id").asText()));
            page.body().get("results").forEach(c -> assertThat(c.get("links")).hasSize(1));
        }
        assertThat(ids).hasSize(9).doesNotHaveDuplicates();

        Reply beyond = get(CLUSTER + "/checkpoints?pageNum=4&itemsPerPage=4");
        assertThat(beyond.body().get("results")).isEmpty();
    }

    /**
     * Every page size against the 9 checkpoints, every page up to one past the end: `next` is
     * there exactly when a later page has results, `previous` exactly after the first page, and
     * the pages together list each checkpoint once, in order. An exactly full last page has no
     * `next`.
     */
    @Test
    void pageLinksAreThereExactlyWhenThereIsAPageToGoTo() {
        java.util.List<String> all = new java.util.ArrayList<>();
        get(CLUSTER + "/checkpoints").body().path("results").forEach(c -> all.add(c.path("id").asText()));
        assertThat(all).hasSize(9);
        for (int size = 1; size <= 10; size++) {
            java.util.List<String> paged = new java.util.ArrayList<>();
            int pages = (all.size() + size - 1) / size;
            for (int page = 1; page <= pages + 1; page++) {
                Reply reply = get(CLUSTER + "/checkpoints?itemsPerPage=" + size + "&pageNum=" + page);
                java.util.Map<String, String> hrefs = new java.util.HashMap<>();
                reply.body().path("links").forEach(l -> hrefs.put(l.path("rel").asText(), l.path("href").asText()));
                reply.body().path("results").forEach(c -> paged.add(c.path("id").asText()));

                assertThat(hrefs.containsKey("next")).as("next on page %d of size %d", page, size).isEqualTo(page < pages);
                assertThat(hrefs.containsKey("previous")).as("previous on page %d of size %d", page, size).isEqualTo(page > 1);
                int here = page;
                int perPage = size;
                java.util.Map.of("self", here, "previous", here - 1, "next", here + 1).forEach((rel, target) -> {
                    if (hrefs.containsKey(rel)) {
                        assertThat(hrefs.get(rel)).as("%s of page %d of size %d", rel, here, perPage)
                                .contains("pageNum=" + target + "&").contains("itemsPerPage=" + perPage);
                    }
                });
            }
            assertThat(paged).as("size %d", size).isEqualTo(all);
        }
    }

    @Test
    void listCheckpointsDefaultsToOneHundredPerPageAndOmitsCountOnRequest() {
        Reply all = get(CLUSTER + "/checkpoints");
        assertThat(all.body().get("results")).hasSize(9);
        assertThat(rels(all)).containsExactly("self");
        Reply uncounted = get(CLUSTER + "/checkpoints?includeCount=false");
        assertThat(uncounted.body().has("totalCount")).isFalse();
    }

    @Test
    void listCheckpointsOfTheReplicaSetAndOfAClusterWithout() {
        assertThat(get("/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5e2211c17a3e5a48f5497de5/checkpoints")
                .body().get("totalCount").asInt()).isEqualTo(3);
        Reply empty = get("/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5e2211c17a3e5a48f5497de6/checkpoints");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body().get("results")).isEmpty();
    }

    @Test
    void getCheckpointReturnsTheSeedCheckpointWithItsLinks() {
        Reply reply = get(CLUSTER + "/checkpoints/55bc0658e4b097a3efe06f1f");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(rels(reply)).containsExactly("self", "http://mms.mongodb.com/cluster", "http://mms.mongodb.com/group");
        JsonNode config = reply.body().at("/parts/2");
        assertThat(config.get("typeName").asText()).isEqualTo("CONFIG_SERVER");
        assertThat(config.has("replicaSetName")).isFalse();
        assertThat(config.get("hostId").asText()).isNotEmpty();
    }

    @Test
    void listCheckpointsWrapsInAnEnvelopeAndPrettyPrints() {
        Reply reply = get(CLUSTER + "/checkpoints?envelope=true&pretty=true");
        assertThat(reply.body().get("status").asInt()).isEqualTo(200);
        assertThat(reply.body().get("results")).hasSize(9);
        assertThat(reply.raw().body()).contains("\n  ");
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "/api/public/v1.0/groups/111111111111111111111111/clusters/5e2211c17a3e5a48f5497de4/checkpoints, 404, GROUP_NOT_FOUND",
        "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/222222222222222222222222/checkpoints, 404, CLUSTER_NOT_FOUND",
        "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5e2211c17a3e5a48f5497de4/checkpoints/333333333333333333333333, 404, CHECKPOINT_NOT_FOUND",
        "/api/public/v1.0/groups/not-a-group/clusters/5e2211c17a3e5a48f5497de4/checkpoints, 404, INVALID_GROUP_ID",
        "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5E2211C17A3E5A48F5497DE4/checkpoints, 404, INVALID_CLUSTER_ID",
        "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5e2211c17a3e5a48f5497de4/checkpoints/55bc0658e4b097a3efe06f1, 404, INVALID_CHECKPOINT_ID",
        "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de9/clusters/5e2211c17a3e5a48f5497de4/checkpoints, 401, NOT_IN_GROUP",
        "/api/public/v1.0/groups/5e2211c17a3e5a48f5497dea/clusters/5e2211c17a3e5a48f5497deb/checkpoints, 403, IP_ADDRESS_NOT_ON_ACCESS_LIST",
        "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5e2211c17a3e5a48f5497de4/checkpoints?itemsPerPage=501, 400, INVALID_QUERY_PARAMETER",
        "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5e2211c17a3e5a48f5497de4/checkpoints?pageNum=0, 400, INVALID_QUERY_PARAMETER",
        "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5e2211c17a3e5a48f5497de4/checkpoints?pageNum=abc, 400, INVALID_QUERY_PARAMETER",
        "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/clusters/5e2211c17a3e5a48f5497de4/checkpoints?includeCount=maybe, 400, INVALID_QUERY_PARAMETER"
    })
    void checkpointsAnswerEachDocumentedError(String pathAndQuery, int status, String errorCode) {
        Reply reply = get(pathAndQuery);
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.errorCode()).isEqualTo(errorCode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "application/xml", "application/vnd.atlas.2023-01-01+json", "*/*"})
    void checkpointsAnswerJsonWhateverTheAcceptHeaderAsks(String accept) {
        // Ops Manager documents no 406 and does not negotiate versions as Atlas does.
        Reply reply = http.cloudWithDigest("GET", CLUSTER + "/checkpoints", Map.of("Accept", accept));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void checkpointsWithoutCredentialsGetUserUnauthorizedAndAChallenge() {
        Reply reply = http.cloud("GET", CLUSTER + "/checkpoints", Map.of("Accept", "application/json"), null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.errorCode()).isEqualTo("USER_UNAUTHORIZED");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Digest ");
    }

    @Test
    void checkpointsRefuseABearerTokenAsOpsManagerDoes() {
        // The token comes from Atlas's token endpoint, so not through the Ops Manager proxy.
        String token = new StubHttp(stub).bearerToken();
        Reply reply = http.cloud("GET", CLUSTER + "/checkpoints", Map.of("Authorization", "Bearer " + token), null);
        assertThat(reply.status()).isEqualTo(401);
    }

    private static List<String> rels(Reply reply) {
        List<String> rels = new ArrayList<>();
        reply.body().get("links").forEach(link -> rels.add(link.get("rel").asText()));
        return rels;
    }
}
