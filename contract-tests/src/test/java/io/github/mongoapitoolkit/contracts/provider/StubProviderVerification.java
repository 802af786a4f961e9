package io.github.mongoapitoolkit.contracts.provider;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import io.github.mongoapitoolkit.contracts.ApiContract;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies one provider's pacts against a fresh in-process stub per interaction. Subclasses map
 * each provider state onto the stub's dataset or state machine; the only thing added to a request
 * is authentication.
 */
abstract class StubProviderVerification {

    /** The provider state of interactions that pin what happens without credentials. */
    static final String NO_CREDENTIALS = io.github.mongoapitoolkit.testing.StubStates.NO_CREDENTIALS;

    protected InProcessStub stub;
    private SpecCheckedTarget target;

    abstract ApiContract api();

    abstract URI server(InProcessStub stub);

    @BeforeEach
    void startStub(PactVerificationContext context) {
        stub = new InProcessStub();
        boolean anonymous = api() == ApiContract.MONGOSYNC || context.getInteraction().getProviderStates().stream()
                .anyMatch(state -> NO_CREDENTIALS.equals(state.getName()));
        target = anonymous
                ? SpecCheckedTarget.anonymous(api(), server(stub))
                : SpecCheckedTarget.withDigest(api(), server(stub), InProcessStub.PUBLIC_KEY, InProcessStub.PRIVATE_KEY);
        context.setTarget(target);
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void stubHonoursThePactAndTheSpec(PactVerificationContext context) {
        context.verifyInteraction();
        assertThat(target.problems()).as("responses the spec does not allow").isEmpty();
    }
}
