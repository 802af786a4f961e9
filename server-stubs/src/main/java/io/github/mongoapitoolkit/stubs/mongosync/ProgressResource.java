package io.github.mongoapitoolkit.stubs.mongosync;

import io.github.mongoapitoolkit.mongosync.server.api.ProgressApi;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/v1/progress} of the simulated mongosync. */
public final class ProgressResource implements ProgressApi {

    private final MongosyncSimulator simulator;

    public ProgressResource(MongosyncSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public Response getProgress() {
        return Response.ok(ProgressView.of(simulator.progress()), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
