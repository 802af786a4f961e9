package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Past the limit, every limited operation answers as its API does: 429 RATE_LIMITED with Retry-After (rate-limits/). */
class RateLimitTest {

    private static final int LIMIT = 3;

    private final StubFixture stub = new StubFixture(LIMIT, 300);
    private final StubHttp http = new StubHttp(stub);

    @AfterEach
    void stop() {
        stub.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/rate-limits/every-limited-operation.csv", numLinesToSkip = 1)
    void theRequestPastTheLimitGetsTheApisRateLimitedWithRetryAfter(String operation, String path, String accept) {
        StubHttp.Reply reply = null;
        for (int i = 0; i <= LIMIT; i++) {
            reply = http.cloudWithDigest("GET", path, Map.of("Accept", accept));
        }

        assertThat(reply.status()).as("request %d of a limit of %d", LIMIT + 1, LIMIT).isEqualTo(429);
        assertThat(reply.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(reply.header("Retry-After")).as("Retry-After").isNotNull().matches("[1-9][0-9]*");
    }
}
