package io.github.mongoapitoolkit.stubs.mongosync;

import io.github.mongoapitoolkit.mongosync.server.api.SyncControlApi;
import io.github.mongoapitoolkit.mongosync.server.model.BasicResponse;
import io.github.mongoapitoolkit.mongosync.server.model.EmptyRequest;
import io.github.mongoapitoolkit.mongosync.server.model.NamespaceFilter;
import io.github.mongoapitoolkit.mongosync.server.model.StartRequest;
import io.github.mongoapitoolkit.mongosync.server.model.VerificationOptions;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The commands that drive the simulated mongosync: start, pause, resume, commit and reverse. */
public final class SyncControlResource implements SyncControlApi {

    private final MongosyncSimulator simulator;

    public SyncControlResource(MongosyncSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public Response startSync(StartRequest request) {
        if (request == null) {
            throw MongosyncException.badRequest(MongosyncException.INVALID_REQUEST, "The request body is required.");
        }
        requireName("source", request.getSource());
        requireName("destination", request.getDestination());
        if (request.getSource().equals(request.getDestination())) {
            throw MongosyncException.badRequest(MongosyncException.INVALID_REQUEST, "source and destination must differ.");
        }
        VerificationOptions verification = request.getVerification();
        simulator.start(new StartOptions(request.getSource(), request.getDestination(),
                request.getBuildIndexes() == null ? "afterDataCopy" : request.getBuildIndexes().toString(),
                Boolean.TRUE.equals(request.getReversible()),
                verification == null || verification.getEnabled() == null || verification.getEnabled(),
                !empty(request.getIncludeNamespaces()) || !empty(request.getExcludeNamespaces())));
        return accepted();
    }

    @Override
    public Response pauseSync(EmptyRequest body) {
        requireEmptyCommand(body);
        simulator.pause();
        return accepted();
    }

    @Override
    public Response resumeSync(EmptyRequest body) {
        requireEmptyCommand(body);
        simulator.resume();
        return accepted();
    }

    @Override
    public Response commitSync(EmptyRequest body) {
        requireEmptyCommand(body);
        simulator.commit();
        return accepted();
    }

    @Override
    public Response reverseSync(EmptyRequest body) {
        requireEmptyCommand(body);
        simulator.reverse();
        return accepted();
    }

    private static Response accepted() {
        return Response.ok(new BasicResponse().success(true), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static void requireName(String field, String value) {
        if (value == null || value.isBlank()) {
            throw MongosyncException.badRequest(MongosyncException.INVALID_REQUEST, field + " is required and must be a non-empty string.");
        }
    }

    /** The commands take no parameters but need a JSON object body, conventionally {@code {}}. */
    /** A JSON {@code null} reads as no body; other non-objects never reach here (Jackson refuses them). */
    private static void requireEmptyCommand(EmptyRequest body) {
        if (body == null) {
            throw MongosyncException.badRequest(MongosyncException.INVALID_REQUEST, "The request body is required; send {}.");
        }
    }

    private static boolean empty(List<NamespaceFilter> filters) {
        return filters == null || filters.isEmpty();
    }
}
