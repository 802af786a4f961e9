package io.github.mongoapitoolkit.benchmarks;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the contract tests pay to hold one response against its spec: swagger-request-validator's
 * {@code validateResponse} for the operation (status, headers, content type, body schema), built
 * as the tests build it. Run from the repository root (the specs are read from {@code specs/}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ResponseValidationBenchmark {

    private OpenApiInteractionValidator mongosync;
    private OpenApiInteractionValidator atlas;
    private OpenApiInteractionValidator opsManager;
    private SimpleResponse progress;
    private SimpleResponse liveMigration;
    private SimpleResponse checkpoints;

    @Setup
    public void setUp() throws IOException {
        Responses responses = Responses.fromStub();
        mongosync = validator("mongosync");
        atlas = validator("atlas-live-migrations");
        opsManager = validator("ops-manager-checkpoints");
        progress = response("application/json", responses.progress());
        liveMigration = response(Responses.ATLAS_JSON + ";charset=utf-8", responses.liveMigration());
        checkpoints = response("application/json", responses.checkpoints());
        for (ValidationReport report : new ValidationReport[] {progress(), liveMigration(), checkpoints()}) {
            if (report.hasErrors()) {
                throw new IllegalStateException("the stub's response does not validate: " + report);
            }
        }
    }

    private static OpenApiInteractionValidator validator(String api) throws IOException {
        return OpenApiInteractionValidator
                .createForInlineApiSpecification(Files.readString(Path.of("specs", api, "openapi.yaml")))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE).build())
                .build();
    }

    private static SimpleResponse response(String contentType, byte[] body) {
        return SimpleResponse.Builder.status(200).withContentType(contentType)
                .withBody(new String(body, StandardCharsets.UTF_8)).build();
    }

    @Benchmark
    public ValidationReport progress() {
        return mongosync.validateResponse(Responses.PROGRESS_PATH, Request.Method.GET, progress);
    }

    @Benchmark
    public ValidationReport liveMigration() {
        return atlas.validateResponse(Responses.LIVE_MIGRATION_PATH, Request.Method.GET, liveMigration);
    }

    @Benchmark
    public ValidationReport checkpoints() {
        return opsManager.validateResponse(Responses.CHECKPOINTS_PATH, Request.Method.GET, checkpoints);
    }
}
