package io.github.mongoapitoolkit.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.client.resilience.ResilientClients;
import io.github.mongoapitoolkit.client.resilience.RetryPolicy;
import io.github.mongoapitoolkit.client.resilience.Timeouts;
import io.github.mongoapitoolkit.opsmanager.client.api.CheckpointsApi;
import io.github.mongoapitoolkit.opsmanager.client.invoker.ApiClient;
import io.github.mongoapitoolkit.opsmanager.client.model.CheckpointList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A retry after 429 is a new request to a Digest server: it must carry the next nonce count and a
 * fresh client nonce, signed anew, or a server that tracks {@code nc} sees a replay. The server
 * here refuses any count it has seen, as Ops Manager does, and answers 429 twice before the list.
 */
class RetriedDigestTest {

    private static final ApiKey KEY = new ApiKey("wlyyscpk", "8e5fd0a1-9c4b-4f0e-a2f3-5bd7c52b1b4c");
    private static final String GROUP = "5e2211c17a3e5a48f5497de3";
    private static final String CLUSTER = "5e2211c17a3e5a48f5497de4";

    @Test
    void eachRetryIsSignedWithTheNextNonceCount() throws Exception {
        List<Map<String, String>> signed = new CopyOnWriteArrayList<>();
        try (ChallengingServer server = new ChallengingServer()) {
            server.handle("/api/public/v1.0/groups/" + GROUP + "/clusters/" + CLUSTER + "/checkpoints", exchange -> {
                var answer = DigestChallenger.verified(exchange, KEY);
                boolean replay = answer.isPresent() && signed.stream().anyMatch(p -> p.get("nc").equals(answer.get().get("nc")));
                if (answer.isEmpty() || replay) {
                    DigestChallenger.challenge(exchange);
                    return;
                }
                signed.add(answer.get());
                if (signed.size() <= 2) {
                    exchange.getResponseHeaders().set("Retry-After", "1");
                    ChallengingServer.send(exchange, 429, "application/json",
                            "{\"error\":429,\"reason\":\"Too Many Requests\",\"detail\":\"Slow down.\",\"errorCode\":\"RATE_LIMITED\"}");
                } else {
                    ChallengingServer.send(exchange, 200, "application/json", "{\"links\":[],\"results\":[],\"totalCount\":0}");
                }
            });
            List<Duration> waits = new CopyOnWriteArrayList<>();
            ApiClient client = OpsManagerClients.withApiKey(server.baseUrl(), KEY);
            client.setClientConfig(ResilientClients.configure(client.getClientConfig(),
                    RetryPolicy.defaults().withJitter(0).withSleeper(waits::add), Timeouts.defaults()));

            CheckpointList list = new CheckpointsApi(client).listCheckpoints(GROUP, CLUSTER, null, null, null, null, null);

            assertThat(list.getTotalCount()).isZero();
            assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
            assertThat(server.authorizations).as("the challenge, then three signed attempts and nothing refused").hasSize(4);
            assertThat(signed).extracting(p -> p.get("nc")).containsExactly("00000001", "00000002", "00000003");
            assertThat(signed).extracting(p -> p.get("cnonce")).doesNotHaveDuplicates();
        }
    }
}
