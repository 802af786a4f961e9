package io.github.mongoapitoolkit.stubs.fastpath;

import java.util.Optional;
import org.glassfish.grizzly.http.server.Request;

/**
 * One hot GET answered without Jersey. A route answers only the plain success of its request
 * (see {@link PlainGet}) and returns empty for everything else, without side effects, so that
 * Jersey answers it as if the route were not there: errors, negotiation, envelopes, paging.
 */
public interface FastRoute {

    Optional<FastAnswer> answer(Request request);
}
