package io.github.mongoapitoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mongoapitoolkit.atlas.client.api.CloudMigrationServiceApi;
import io.github.mongoapitoolkit.atlas.client.invoker.ApiException;
import java.net.URI;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The programmatic extension: one stub for the class, a rate limit of its own, custom credentials. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerClassExtensionTest {

    @RegisterExtension
    static MongoApiStubsExtension stubs = MongoApiStubsExtension.builder()
            .perClass()
            .rateLimitPerMinute(5)
            .credentials("teampublickey", "team-private-key", "mdb_sa_id_team", "mdb_sa_sk_team")
            .build();

    private static URI first;

    @Test
    @Order(1)
    void theRateLimitCanBeUsedUpByName(MongoApiStubs stubs) {
        first = stubs.cloudUri();
        assertThat(stubs.apiKey().publicKey()).isEqualTo("teampublickey");

        stubs.given("the API key has used up its rate limit");

        assertThatThrownBy(() -> new CloudMigrationServiceApi(stubs.atlasClient())
                .getGroupLiveMigration("5e2211c17a3e5a48f5497de3", "32b6e34b3d91647abb20e7b8", null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(429);
                    assertThat(e.getResponseHeaders()).containsKey("Retry-After");
                });
    }

    @Test
    @Order(2)
    void theNextTestSharesTheStub(MongoApiStubs stubs) {
        assertThat(stubs.cloudUri()).isEqualTo(first);
    }
}
