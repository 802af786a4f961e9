package com.example.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.cutover.CutoverOrchestrator.Decision;
import io.github.mongoapitoolkit.conformance.MongoApi;
import io.github.mongoapitoolkit.mongosync.client.invoker.ApiClient;
import io.github.mongoapitoolkit.stubs.proxy.ValidatingProxy;
import io.github.mongoapitoolkit.testing.MongoApiStubTest;
import io.github.mongoapitoolkit.testing.MongoApiStubs;
import org.junit.jupiter.api.Test;

/**
 * The orchestrator's traffic through the toolkit's validating proxy: the same proxy a staging
 * job puts in front of a real mongosync, here in front of the stub. Every exchange is judged
 * against the spec; with a real server, what it found is the drift to bring into the spec.
 */
@MongoApiStubTest
class ThroughTheValidatingProxyTest {

    @Test
    void theOrchestratorsExchangesSayWhatTheSpecSays(MongoApiStubs stubs) throws Exception {
        stubs.given("mongosync is RUNNING in change event application and can commit");
        try (ValidatingProxy proxy = ValidatingProxy.inFrontOf(MongoApi.MONGOSYNC, stubs.mongosyncUri())) {
            ApiClient throughProxy = new ApiClient();
            throughProxy.setBasePath(proxy.uri().toString());

            assertThat(new CutoverOrchestrator(throughProxy).step()).isEqualTo(Decision.COMMIT);

            proxy.close(); // the report is complete once the proxy has stopped
            assertThat(proxy.exchanges()).isPositive();
            assertThat(proxy.findings()).isEmpty();
        }
    }
}
