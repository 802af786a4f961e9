package io.github.mongoapitoolkit.stubs.mongosync;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.stubs.fastpath.FastAnswer;
import io.github.mongoapitoolkit.stubs.fastpath.FastRoute;
import java.util.Optional;
import org.glassfish.grizzly.http.server.Request;

/** {@code GET /api/v1/progress}, the call every mongosync poller makes, from {@link ProgressResource}. */
public final class ProgressFastRoute implements FastRoute {

    private static final String PATH = "/api/v1/progress";

    private final ProgressResource resource;
    private final ObjectMapper mapper;

    public ProgressFastRoute(ProgressResource resource, ObjectMapper mapper) {
        this.resource = resource;
        this.mapper = mapper;
    }

    @Override
    public Optional<FastAnswer> answer(Request request) {
        if (!PATH.equals(request.getRequestURI())) {
            return Optional.empty();
        }
        return FastAnswer.of(resource.getProgress(), mapper);
    }
}
