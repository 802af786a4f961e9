package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Which Atlas version each Accept header gets, on the date boundaries and with several media ranges (versions/). */
class VersionNegotiationTest {

    private static final String MIGRATION = "/api/atlas/v2/groups/5e2211c17a3e5a48f5497de3/liveMigrations/32b6e34b3d91647abb20e7b8";

    private static StubFixture stub;
    private static StubHttp http;

    @BeforeAll
    static void start() {
        stub = new StubFixture();
        http = new StubHttp(stub);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @ParameterizedTest(name = "Accept: {0} -> {1} {2}")
    @CsvFileSource(resources = "/versions/accept-headers.csv", delimiter = '|')
    void acceptGetsTheNewestVersionOnOrBeforeTheDateItAsks(String accept, int status, String version) {
        StubHttp.Reply reply = http.cloudWithDigest("GET", MIGRATION, Map.of("Accept", accept));

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
        if (status == 200) {
            assertThat(reply.header("Content-Type")).startsWith("application/vnd.atlas." + version + "+json");
        } else {
            assertThat(reply.errorCode()).isEqualTo("INVALID_VERSION_DATE");
        }
    }
}
