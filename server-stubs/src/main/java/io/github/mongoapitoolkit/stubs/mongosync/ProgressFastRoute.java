package io.github.mongoapitoolkit.stubs.mongosync;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.stubs.pipeline.Answer;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import io.github.mongoapitoolkit.stubs.pipeline.FastRoute;
import io.github.mongoapitoolkit.stubs.pipeline.Formatting;
import java.util.Optional;

/** {@code GET /api/v1/progress}, the call every mongosync poller makes, from {@link ProgressResource}. */
public final class ProgressFastRoute implements FastRoute {

    private final ProgressResource resource;
    private final ObjectMapper mapper;

    public ProgressFastRoute(ProgressResource resource, ObjectMapper mapper) {
        this.resource = resource;
        this.mapper = mapper;
    }

    @Override
    public String operationId() {
        return "getProgress";
    }

    @Override
    public Optional<Answer> answer(Exchange exchange) {
        return Answer.of(resource.getProgress(), Formatting.NONE, mapper);
    }
}
