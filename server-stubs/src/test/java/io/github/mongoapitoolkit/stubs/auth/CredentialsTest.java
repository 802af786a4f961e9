package io.github.mongoapitoolkit.stubs.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which credentials the stub accepts from the environment, and what start-up says of them without a secret. */
class CredentialsTest {

    @Test
    void unsetOrBlankVariablesFallBackToTheDevelopmentValuesAndStartUpNamesThem() {
        Credentials credentials = Credentials.fromEnvironment(Map.of(
                Credentials.PUBLIC_API_KEY, "teampublickey", Credentials.PRIVATE_API_KEY, "team-private-key",
                Credentials.CLIENT_ID, " "));

        assertThat(credentials.publicKey()).isEqualTo("teampublickey");
        assertThat(credentials.privateKey()).isEqualTo("team-private-key");
        assertThat(credentials.clientId()).isEqualTo(Credentials.DEV_CLIENT_ID);
        assertThat(credentials.clientSecret()).isEqualTo(Credentials.DEV_CLIENT_SECRET);
        assertThat(credentials.describe()).contains("teampublickey", Credentials.DEV_CLIENT_ID,
                "development defaults for " + Credentials.CLIENT_ID + ", " + Credentials.CLIENT_SECRET)
                .doesNotContain("team-private-key", Credentials.DEV_CLIENT_SECRET);
        assertThat(credentials.toString()).contains("teampublickey").doesNotContain("team-private-key", Credentials.DEV_CLIENT_SECRET);
    }

    @Test
    void allFromTheEnvironmentIsSaidSo() {
        Credentials credentials = Credentials.fromEnvironment(Map.of(
                Credentials.PUBLIC_API_KEY, "p", Credentials.PRIVATE_API_KEY, "k", Credentials.CLIENT_ID, "i", Credentials.CLIENT_SECRET, "s"));

        assertThat(credentials.defaultsUsed()).isEmpty();
        assertThat(credentials.describe()).endsWith("all from the environment");
    }
}
