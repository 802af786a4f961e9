package io.github.mongoapitoolkit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.stubs.StubHttp.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar as a user starts it, with a fast clock ({@code --clock-speed 100}), driven
 * through the whole push live migration over HTTP with Digest: validate, poll the validation,
 * create, poll until ready, cut over, poll until COMPLETE. Every answer is held to the spec by
 * {@link StubHttp}. Timeouts here only detect a hang.
 */
class PackagedJarWorkflowIT {

    private static final Path JAR = Path.of("target", "mongodb-api-stubs.jar");
    private static final String MIGRATIONS = "/api/atlas/v2/groups/5e2211c17a3e5a48f5497de3/liveMigrations";
    private static final String REQUEST = """
            {"destination": {"clusterName": "Cluster0", "groupId": "5e2211c17a3e5a48f5497de3", "hostnameSchemaType": "PUBLIC"},
             "migrationHosts": ["vm001.example.com"],
             "source": {"clusterName": "rs0", "groupId": "63b4c8f2a1e5d3c2b1a09f01", "managedAuthentication": false,
                        "ssl": true, "username": "mongosync-user", "password": "example-password"}}""";
    private static final Map<String, String> HEADERS = Map.of("Accept", "application/vnd.atlas.2024-05-30+json",
            "Content-Type", "application/vnd.atlas.2024-05-30+json");

    private Process jar;
    private StubHttp http;

    @BeforeEach
    void startTheJar() throws IOException {
        assertThat(JAR).as("the packaged jar (mvn package)").exists();
        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--mongosync-port", "0", "--cloud-port", "0", "--clock-speed", "100", "--quiet");
        command.environment().putAll(Map.of("MONGODB_ATLAS_PUBLIC_API_KEY", StubFixture.PUBLIC_KEY,
                "MONGODB_ATLAS_PRIVATE_API_KEY", StubFixture.PRIVATE_KEY));
        command.redirectErrorStream(true);
        jar = command.start();
        URI[] uris = new URI[2];
        BufferedReader out = new BufferedReader(new InputStreamReader(jar.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null && (uris[0] == null || uris[1] == null); line = out.readLine()) {
            if (line.startsWith("mongosync ")) {
                uris[0] = URI.create(line.replaceAll(".*(http://\\S+)/api/v1/progress.*", "$1"));
            } else if (line.startsWith("Atlas Admin API v2")) {
                uris[1] = URI.create(line.replaceAll(".*(http://\\S+)/api/atlas/v2.*", "$1"));
            }
        }
        assertThat(uris).as("the addresses the jar printed").doesNotContainNull();
        http = new StubHttp(() -> uris[0], () -> uris[1]);
    }

    @AfterEach
    void stopTheJar() throws InterruptedException {
        jar.destroy();
        if (!jar.waitFor(20, TimeUnit.SECONDS)) {
            jar.destroyForcibly();
        }
    }

    @Test
    void validateCreateCutOverAndComplete() throws Exception {
        Reply validation = send("POST", MIGRATIONS + "/validate", REQUEST);
        assertThat(validation.status()).isEqualTo(200);
        String validationId = validation.body().get("_id").asText();
        assertThat(pollUntil(MIGRATIONS + "/validate/" + validationId, v -> !v.path("status").asText().equals("PENDING"))
                .path("status").asText()).isEqualTo("SUCCESS");

        Reply created = send("POST", MIGRATIONS, REQUEST);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("status").asText()).isEqualTo("NEW");
        String migration = MIGRATIONS + "/" + created.body().get("_id").asText();

        var ready = pollUntil(migration, m -> m.path("readyForCutover").asBoolean());
        assertThat(ready.path("status").asText()).isEqualTo("WORKING");
        assertThat(ready.path("lagTimeSeconds").asLong()).isEqualTo(5);

        assertThat(send("PUT", migration + "/cutover", null).status()).isEqualTo(202);

        var complete = pollUntil(migration, m -> m.path("status").asText().equals("COMPLETE"));
        assertThat(complete.has("lagTimeSeconds")).as("lag no longer sent").isFalse();
        assertThat(send("PUT", migration + "/cutover", null).errorCode()).isEqualTo("LIVE_MIGRATION_NOT_READY_FOR_CUTOVER");
    }

    private Reply send(String method, String path, String body) {
        return http.atlas(method, path, body == null ? Map.of("Accept", "application/vnd.atlas.2024-05-30+json") : HEADERS, body,
                StubFixture.PUBLIC_KEY, StubFixture.PRIVATE_KEY);
    }

    /** Polls every 100 ms of real time (10 s of the jar's) until the answer satisfies {@code reached}. */
    private com.fasterxml.jackson.databind.JsonNode pollUntil(String path, Predicate<com.fasterxml.jackson.databind.JsonNode> reached)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Reply reply = send("GET", path, null);
            assertThat(reply.status()).as("GET %s: %s", path, reply.raw().body()).isEqualTo(200);
            if (reached.test(reply.body())) {
                return reply.body();
            }
            assertThat(System.nanoTime()).as("%s still %s after a minute", path, reply.raw().body()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
