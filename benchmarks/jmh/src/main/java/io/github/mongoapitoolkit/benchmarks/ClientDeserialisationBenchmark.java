package io.github.mongoapitoolkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationResponse;
import io.github.mongoapitoolkit.mongosync.client.model.ProgressResponse;
import io.github.mongoapitoolkit.opsmanager.client.model.CheckpointList;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The generated clients' own ObjectMappers reading each response into its generated model. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ClientDeserialisationBenchmark {

    private Responses responses;
    private ObjectMapper mongosync;
    private ObjectMapper atlas;
    private ObjectMapper opsManager;

    @Setup
    public void setUp() {
        responses = Responses.fromStub();
        mongosync = new io.github.mongoapitoolkit.mongosync.client.invoker.JSON().getMapper();
        atlas = new io.github.mongoapitoolkit.atlas.client.invoker.JSON().getMapper();
        opsManager = new io.github.mongoapitoolkit.opsmanager.client.invoker.JSON().getMapper();
    }

    @Benchmark
    public ProgressResponse progress() throws IOException {
        return mongosync.readValue(responses.progress(), ProgressResponse.class);
    }

    @Benchmark
    public LiveMigrationResponse liveMigration() throws IOException {
        return atlas.readValue(responses.liveMigration(), LiveMigrationResponse.class);
    }

    @Benchmark
    public CheckpointList checkpoints() throws IOException {
        return opsManager.readValue(responses.checkpoints(), CheckpointList.class);
    }
}
