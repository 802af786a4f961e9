package io.github.mongoapitoolkit.stubs.jersey;

import io.github.mongoapitoolkit.stubs.pipeline.Api;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import jakarta.inject.Provider;
import org.glassfish.grizzly.http.server.Request;

/** The API of the request a Jersey provider is handling, as the pipeline routed it; the server's own API otherwise. */
final class ExchangeApi {

    private ExchangeApi() {
    }

    static Api of(Provider<Request> request, Api fallback) {
        Object exchange = request.get().getAttribute(Exchange.ATTRIBUTE);
        return exchange instanceof Exchange e ? e.api() : fallback;
    }
}
