package io.github.mongoapitoolkit.contracts.provider;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.State;
import io.github.mongoapitoolkit.testing.StubStates;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The state names a consumer can set with {@code MongoApiStubs.given} are exactly the ones this
 * repository's provider verification understands: a state added to one and not the other fails here.
 */
class StubStatesCoverProviderStatesTest {

    @Test
    void everyProviderStateIsAStubStateAndNoMore() {
        Set<String> provider = new TreeSet<>();
        for (Class<?> verification : new Class<?>[] {MongosyncProviderIT.class, AtlasLiveMigrationsProviderIT.class,
                OpsManagerCheckpointsProviderIT.class}) {
            for (Method method : verification.getDeclaredMethods()) {
                State state = method.getAnnotation(State.class);
                if (state != null) {
                    provider.addAll(Arrays.asList(state.value()));
                }
            }
        }
        assertThat(provider).hasSizeGreaterThan(15);
        assertThat(new TreeSet<>(StubStates.names())).isEqualTo(provider);
    }
}
