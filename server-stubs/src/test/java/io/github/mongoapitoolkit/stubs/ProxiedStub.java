package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.conformance.MongoApi;
import io.github.mongoapitoolkit.stubs.proxy.ValidatingProxy;

/**
 * A test's requests sent through the validating proxy, in front of the stub: every exchange the
 * test makes is then also judged for drift (an undeclared header, property, status), which the
 * conformance check alone does not look for. The stub must give no finding at all.
 */
final class ProxiedStub implements AutoCloseable {

    private final ValidatingProxy mongosync;
    private final ValidatingProxy cloud;

    /** @param cloudApi the API the test speaks on the cloud port: Atlas or Ops Manager */
    ProxiedStub(StubFixture stub, MongoApi cloudApi) {
        mongosync = ValidatingProxy.inFrontOf(MongoApi.MONGOSYNC, stub.servers().mongosyncUri());
        cloud = ValidatingProxy.inFrontOf(cloudApi, stub.servers().cloudUri());
    }

    /** A client for the stub that goes through the proxies. */
    StubHttp http() {
        return new StubHttp(mongosync::uri, cloud::uri);
    }

    /** Closes the proxies and holds the stub to having said exactly what the specs say. */
    @Override
    public void close() {
        mongosync.close();
        cloud.close();
        assertThat(mongosync.findings()).as("mongosync answers the validating proxy found drift or violations in").isEmpty();
        assertThat(cloud.findings()).as("cloud answers the validating proxy found drift or violations in").isEmpty();
        assertThat(mongosync.exchanges() + cloud.exchanges()).as("exchanges judged").isPositive();
    }
}
