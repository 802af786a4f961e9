package io.github.mongoapitoolkit.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.atlas.server.model.LiveMigrationResponse;
import io.github.mongoapitoolkit.mongosync.server.model.ProgressResponse;
import io.github.mongoapitoolkit.opsmanager.server.model.CheckpointList;
import io.github.mongoapitoolkit.stubs.common.SpecNullability;
import io.github.mongoapitoolkit.stubs.common.StubObjectMapper;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The stub server's ObjectMapper (with its spec-driven null handling) writing the generated
 * server models of each response: the bodies are read into the models once, and the setup checks
 * that writing them back gives the very bytes the stub sent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ServerSerialisationBenchmark {

    private ObjectMapper mapper;
    private ProgressResponse progress;
    private LiveMigrationResponse liveMigration;
    private CheckpointList checkpoints;

    @Setup
    public void setUp() throws IOException {
        Responses responses = Responses.fromStub();
        mapper = new StubObjectMapper(new SpecNullability(ApiSpecs.load().trees(), ".server.model")).mapper();
        progress = mapper.readValue(responses.progress(), ProgressResponse.class);
        liveMigration = mapper.readValue(responses.liveMigration(), LiveMigrationResponse.class);
        checkpoints = mapper.readValue(responses.checkpoints(), CheckpointList.class);
        same("progress", responses.progress(), progress());
        same("live migration", responses.liveMigration(), liveMigration());
        same("checkpoints", responses.checkpoints(), checkpoints());
    }

    private static void same(String what, byte[] sent, byte[] written) {
        if (!Arrays.equals(sent, written)) {
            throw new IllegalStateException(what + ": the model does not round-trip to the bytes the stub sent");
        }
    }

    @Benchmark
    public byte[] progress() throws JsonProcessingException {
        return mapper.writeValueAsBytes(progress);
    }

    @Benchmark
    public byte[] liveMigration() throws JsonProcessingException {
        return mapper.writeValueAsBytes(liveMigration);
    }

    @Benchmark
    public byte[] checkpoints() throws JsonProcessingException {
        return mapper.writeValueAsBytes(checkpoints);
    }
}
