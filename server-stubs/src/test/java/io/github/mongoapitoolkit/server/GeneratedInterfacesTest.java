package io.github.mongoapitoolkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The build generated and compiled one JAX-RS interface per tag, with one method per
 * operationId returning a {@link Response}, at the spec's path and method.
 */
class GeneratedInterfacesTest {

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "io.github.mongoapitoolkit.mongosync.server.api.ProgressApi, getProgress, GET, /api/v1/progress",
        "io.github.mongoapitoolkit.mongosync.server.api.SyncControlApi, startSync, POST, /api/v1/start",
        "io.github.mongoapitoolkit.mongosync.server.api.SyncControlApi, pauseSync, POST, /api/v1/pause",
        "io.github.mongoapitoolkit.mongosync.server.api.SyncControlApi, resumeSync, POST, /api/v1/resume",
        "io.github.mongoapitoolkit.mongosync.server.api.SyncControlApi, commitSync, POST, /api/v1/commit",
        "io.github.mongoapitoolkit.mongosync.server.api.SyncControlApi, reverseSync, POST, /api/v1/reverse",
        "io.github.mongoapitoolkit.atlas.server.api.CloudMigrationServiceApi, getGroupLiveMigration, GET, /api/atlas/v2/groups/{groupId}/liveMigrations/{liveMigrationId}",
        "io.github.mongoapitoolkit.opsmanager.server.api.CheckpointsApi, listCheckpoints, GET, /api/public/v1.0/groups/{groupId}/clusters/{clusterId}/checkpoints",
        "io.github.mongoapitoolkit.opsmanager.server.api.CheckpointsApi, getCheckpoint, GET, /api/public/v1.0/groups/{groupId}/clusters/{clusterId}/checkpoints/{checkpointId}"
    })
    void operationIsAGeneratedInterfaceMethod(String interfaceName, String operationId, String method, String path)
            throws ClassNotFoundException {
        Class<?> api = Class.forName(interfaceName);
        Method operation = Arrays.stream(api.getMethods()).filter(m -> m.getName().equals(operationId))
                .findFirst().orElseThrow(() -> new AssertionError(interfaceName + " has no " + operationId));

        assertThat(api.isInterface()).isTrue();
        assertThat(operation.getReturnType()).isEqualTo(Response.class);
        assertThat(operation.isAnnotationPresent(method.equals("GET") ? GET.class : POST.class)).isTrue();
        assertThat(fullPath(api, operation)).isEqualTo(path);
    }

    private static String fullPath(Class<?> api, Method operation) {
        String prefix = api.isAnnotationPresent(Path.class) ? api.getAnnotation(Path.class).value() : "";
        String suffix = operation.isAnnotationPresent(Path.class) ? operation.getAnnotation(Path.class).value() : "";
        return (prefix + suffix).replaceAll("/+$", "").replace("//", "/");
    }
}
