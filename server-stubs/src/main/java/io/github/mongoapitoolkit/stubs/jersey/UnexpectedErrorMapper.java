package io.github.mongoapitoolkit.stubs.jersey;

import io.github.mongoapitoolkit.stubs.pipeline.Api;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.glassfish.grizzly.http.server.Request;

/**
 * The last resort: a bug in the stub becomes the API's declared 500 body, never a stack trace
 * on the wire. The trace goes to standard error for whoever runs the stub.
 */
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private final Api fallback;

    @Inject
    private Provider<Request> request;

    public UnexpectedErrorMapper(Api fallback) {
        this.fallback = fallback;
    }

    @Override
    public Response toResponse(Throwable e) {
        System.err.println("Unexpected error in the stub: " + e);
        e.printStackTrace();
        return ExchangeApi.of(request, fallback).unexpected();
    }
}
