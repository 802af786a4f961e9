package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The admin API is off unless asked for, and its port is checked like the others. */
class StubServerOptionsTest {

    @Test
    void theAdminApiIsOffByDefault() {
        assertThat(StubServerOptions.parse().adminPort()).isEqualTo(StubServerOptions.NO_ADMIN);
    }

    @Test
    void adminPortTurnsItOn() {
        assertThat(StubServerOptions.parse("--admin-port", "8090").adminPort()).isEqualTo(8090);
        assertThat(StubServerOptions.parse("--admin-port", "0", "--quiet").adminPort()).isZero();
    }

    @Test
    void aBadAdminPortIsRefused() {
        assertThatThrownBy(() -> StubServerOptions.parse("--admin-port", "70000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--admin-port");
        assertThatThrownBy(() -> StubServerOptions.parse("--admin-port"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a value");
    }
}
