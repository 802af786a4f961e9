package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Commands sent right as mongosync moves on by itself (mongosync-automatic-transitions.csv). */
class MongosyncAutomaticTransitionsTest {

    private static final String START = "{\"source\":\"cluster0\",\"destination\":\"cluster1\"}";
    private static final String START_REVERSIBLE = "{\"source\":\"cluster0\",\"destination\":\"cluster1\",\"reversible\":true}";

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/mongosync-automatic-transitions.csv", numLinesToSkip = 1)
    void theCommandIsAnsweredByTheStateMongosyncIsInByThen(String name, String steps) {
        try (StubFixture stub = new StubFixture()) {
            StubHttp http = new StubHttp(stub);
            for (String step : steps.split(";")) {
                if (step.startsWith("wait ")) {
                    stub.clock().advance(Duration.ofMillis(Long.parseLong(step.substring(5))));
                    continue;
                }
                String[] command = step.split("=");
                String body = command[0].equals("start reversible") ? START_REVERSIBLE : command[0].equals("start") ? START : "{}";
                String path = "/api/v1/" + command[0].split(" ")[0];
                assertThat(http.mongosync("POST", path, body).status()).as(step).isEqualTo(Integer.parseInt(command[1]));
            }
        }
    }

    @Test
    void theTestApisStateMovesOnByItselfAsProgressDoes() {
        try (StubFixture stub = new StubFixture()) {
            assertThat(stub.servers().mongosync().state().name()).isEqualTo("INITIALIZING");

            stub.clock().advance(Duration.ofSeconds(2));

            assertThat(stub.servers().mongosync().state().name()).as("with no progress read in between").isEqualTo("IDLE");
        }
    }
}
