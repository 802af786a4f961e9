package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * One simulated sync that a timeline file walks through: started once, then read at instants in
 * time order, measured from {@code /start}. The clock only moves forward.
 */
final class SyncTimeline implements AutoCloseable {

    private final StubFixture stub;
    private final StubHttp http;
    private long elapsed;

    /** Starts a sync with this {@code /start} body once mongosync has left INITIALIZING. */
    SyncTimeline(StubFixture stub, String startBody) {
        this.stub = stub;
        this.http = new StubHttp(stub);
        stub.clock().advance(Duration.ofSeconds(2));
        assertThat(http.mongosync("POST", "/api/v1/start", startBody).status()).isEqualTo(200);
    }

    /** Moves the clock to {@code ms} after /start. */
    SyncTimeline at(long ms) {
        assertThat(ms).as("rows in time order").isGreaterThanOrEqualTo(elapsed);
        stub.clock().advance(Duration.ofMillis(ms - elapsed));
        elapsed = ms;
        return this;
    }

    /** Sends a command ({@code /commit}, {@code /pause}, ...) with an empty body; its status. */
    int command(String name) {
        return http.mongosync("POST", "/api/v1/" + name, "{}").status();
    }

    JsonNode progress() {
        return http.mongosync("GET", "/api/v1/progress", null).body().path("progress");
    }

    static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    static Long number(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asLong();
    }

    @Override
    public void close() {
        stub.close();
    }
}
