package io.github.mongoapitoolkit.stubs.jersey;

import io.github.mongoapitoolkit.stubs.pipeline.Api;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;
import org.glassfish.grizzly.http.server.Request;

/**
 * Jersey's own errors in the error shape of the API the request was routed to, never Jersey's
 * HTML. The pipeline refuses unknown paths, methods and media types before Jersey runs, so this
 * is what is left: a form Jersey cannot read, a status a resource raised as a bare exception.
 */
public final class FrameworkErrorMapper implements ExceptionMapper<WebApplicationException> {

    private final Api fallback;

    @Inject
    private Provider<Request> request;

    public FrameworkErrorMapper(Api fallback) {
        this.fallback = fallback;
    }

    @Override
    public Response toResponse(WebApplicationException e) {
        Api api = ExchangeApi.of(request, fallback);
        int status = e.getResponse().getStatus();
        if (e instanceof NotSupportedException || status < 400 || status >= 500) {
            return api.badRequest("The request could not be read.");
        }
        return api.error(status, api == Api.OAUTH ? "invalid_request" : api == Api.MONGOSYNC ? "InvalidRequest" : "INVALID_REQUEST",
                Api.reasonPhrase(status) + ".", List.of(), Map.of());
    }
}
