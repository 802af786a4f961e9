package io.github.mongoapitoolkit.stubs;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One stub server per test class, with a checked HTTP client and a service account token. */
abstract class CloudStubTest {

    static StubFixture stub;
    static StubHttp http;
    static String token;

    @BeforeAll
    static void startStub() {
        stub = new StubFixture();
        http = new StubHttp(stub);
        token = http.bearerToken();
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }
}
