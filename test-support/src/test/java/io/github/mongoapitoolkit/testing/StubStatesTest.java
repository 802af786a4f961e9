package io.github.mongoapitoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.mongosync.client.api.ProgressApi;
import io.github.mongoapitoolkit.mongosync.client.model.Progress;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every named state can be set on a fresh stub with the built-in dataset (the Atlas and Ops
 * Manager ones check themselves against it); a mongosync state is the state its name says.
 */
@MongoApiStubTest
class StubStatesTest {

    private static final Pattern MONGOSYNC_STATE = Pattern.compile("^mongosync (?:is|has) ([A-Z]+)\\b");

    static List<String> names() {
        return StubStates.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void appliesOnAFreshStub(String state, MongoApiStubs stubs) throws Exception {
        assertThat(stubs.given(state)).isSameAs(stubs);

        Matcher mongosync = MONGOSYNC_STATE.matcher(state);
        if (mongosync.find()) {
            Progress progress = new ProgressApi(stubs.mongosyncClient()).getProgress().getProgress();
            assertThat(progress.getState()).hasToString(mongosync.group(1));
            assertThat(progress.getCanCommit()).isEqualTo(state.endsWith("can commit"));
        }
    }
}
