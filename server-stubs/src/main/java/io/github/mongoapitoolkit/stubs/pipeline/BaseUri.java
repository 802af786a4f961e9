package io.github.mongoapitoolkit.stubs.pipeline;

import java.net.URI;
import java.net.URISyntaxException;
import org.glassfish.grizzly.http.server.Request;

/** A request's base URI exactly as Jersey's Grizzly container builds it for {@code UriInfo.getBaseUri()}. */
public final class BaseUri {

    private BaseUri() {
    }

    /** @throws URISyntaxException where the Host header makes no URI, as Jersey's container would fail */
    public static URI of(Request request) throws URISyntaxException {
        return new URI(request.getScheme(), null, request.getServerName(), request.getServerPort(), "/", null, null);
    }
}
