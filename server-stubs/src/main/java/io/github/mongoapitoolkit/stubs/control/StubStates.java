package io.github.mongoapitoolkit.stubs.control;

import io.github.mongoapitoolkit.atlas.client.api.CloudMigrationServiceApi;
import io.github.mongoapitoolkit.atlas.client.model.Destination;
import io.github.mongoapitoolkit.atlas.client.model.HostnameSchemaType;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationRequest20240530;
import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationResponse;
import io.github.mongoapitoolkit.atlas.client.model.Source;
import io.github.mongoapitoolkit.opsmanager.client.api.CheckpointsApi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The provider states the stub can be put in, by the names the toolkit's provider verification
 * and a consumer's Pact {@code given(...)} use. mongosync states are set: the simulation is
 * started, paused or committed and its clock moved. Atlas and Ops Manager states are facts of
 * the built-in dataset: applying one checks, with a real request, that the running stub holds it
 * (so a custom dataset that lacks it fails here, not in a puzzling assertion later).
 */
public final class StubStates {

    /** The state in which the caller sends no credentials: nothing to set on the stub. */
    public static final String NO_CREDENTIALS = "the caller sends no credentials";

    private static final String PROJECT = "5e2211c17a3e5a48f5497de3";
    /** The first validation and migration the Cloud Migration Service creates after a reset. */
    private static final String VALIDATION = "7a5e2d41c3b8f9e6d4c2a103";
    private static final String ORGANIZATION = "5e2211c17a3e5a48f5497de1";
    private static final String MIGRATION = "7c1f0e8a9b2d4c6e8f0a1b21";
    private static final String START = "{\"source\": \"cluster0\", \"destination\": \"cluster1\"}";
    private static final Map<String, Consumer<StubControl>> STATES = new LinkedHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static {
        // mongosync: INITIALIZING lasts 2 s of simulated time; the copy, 2 minutes.
        STATES.put("mongosync is IDLE", StubStates::idle);
        STATES.put("mongosync is RUNNING and copying collections", stubs -> {
            idle(stubs);
            post(stubs, "/api/v1/start", START);
            stubs.advance(Duration.ofSeconds(10));
        });
        STATES.put("mongosync is RUNNING in change event application and can commit", StubStates::canCommit);
        STATES.put("mongosync is PAUSED during the collection copy", stubs -> {
            stubs.given("mongosync is RUNNING and copying collections");
            post(stubs, "/api/v1/pause", "{}");
        });
        STATES.put("mongosync has COMMITTED the sync", stubs -> {
            canCommit(stubs);
            post(stubs, "/api/v1/commit", "{}");
            stubs.advance(Duration.ofSeconds(10));
        });

        migration("32b6e34b3d91647abb20e7b8", "is NEW", m -> "NEW".equals(String.valueOf(m.getStatus())));
        migration("6296fb4c7c7aa997cf94e9a8", "is WORKING with lag",
                m -> "WORKING".equals(String.valueOf(m.getStatus())) && m.getLagTimeSeconds() != null);
        migration("6296fb4c7c7aa997cf94e9a9", "has FAILED and reports no lag",
                m -> "FAILED".equals(String.valueOf(m.getStatus())) && m.getLagTimeSeconds() == null);
        migration("6296fb4c7c7aa997cf94e9aa", "is COMPLETE", m -> "COMPLETE".equals(String.valueOf(m.getStatus())));
        migration("6296fb4c7c7aa997cf94e9ab", "has EXPIRED", m -> "EXPIRED".equals(String.valueOf(m.getStatus())));
        migration("6296fb4c7c7aa997cf94e9ac", "has no status yet", m -> m.getStatus() == null);
        STATES.put(NO_CREDENTIALS, stubs -> { });
        STATES.put("project 5e2211c17a3e5a48f5497dea requires an API access list without the caller's address",
                stubs -> expectStatus(403, () -> new CloudMigrationServiceApi(stubs.atlasClient())
                        .getGroupLiveMigration("5e2211c17a3e5a48f5497dea", "6296fb4c7c7aa997cf94e9ad", null, null)));
        STATES.put("project 111111111111111111111111 does not exist",
                stubs -> expectStatus(404, () -> new CheckpointsApi(stubs.opsManagerClient())
                        .listCheckpoints("111111111111111111111111", "5e2211c17a3e5a48f5497de4", null, null, null, null, null)));
        STATES.put("project 5e2211c17a3e5a48f5497de3 has no live migration 222222222222222222222222",
                stubs -> expectStatus(404, () -> new CloudMigrationServiceApi(stubs.atlasClient())
                        .getGroupLiveMigration(PROJECT, "222222222222222222222222", null, null)));
        STATES.put("the API key has used up its rate limit", StubStates::useUpRateLimit);

        // The Cloud Migration Service: set through the API, from the dataset's links and projects,
        // so that the first validation and migration get the ids below.
        STATES.put("organization " + ORGANIZATION + " is linked to a Cloud Manager organization", stubs -> {
            freshMigrations(stubs);
            if (call(() -> new CloudMigrationServiceApi(stubs.atlasClient()).listOrgLiveMigrationAvailableProjects(ORGANIZATION, null, null))
                    .isEmpty()) {
                throw new IllegalStateException("The stub's dataset has no project available for migration to " + ORGANIZATION);
            }
        });
        STATES.put("validation " + VALIDATION + " of project " + PROJECT + " has succeeded", stubs -> {
            freshMigrations(stubs);
            call(() -> new CloudMigrationServiceApi(stubs.atlasClient()).validateGroupLiveMigrations(PROJECT, migrationRequest(), null, null));
            stubs.advance(Duration.ofSeconds(5));
        });
        STATES.put("live migration " + MIGRATION + " in project " + PROJECT + " is WORKING and not yet ready for cutover", stubs -> {
            createMigration(stubs);
            stubs.advance(Duration.ofSeconds(60));
        });
        STATES.put("live migration " + MIGRATION + " in project " + PROJECT + " is ready for cutover", StubStates::readyForCutover);
        STATES.put("live migration " + MIGRATION + " in project " + PROJECT + " has been cut over", stubs -> {
            readyForCutover(stubs);
            call(() -> {
                new CloudMigrationServiceApi(stubs.atlasClient()).cutoverGroupLiveMigration(PROJECT, MIGRATION, null, null);
                return null;
            });
        });
        STATES.put("live migration " + MIGRATION + " in project " + PROJECT + " is COMPLETE", stubs -> {
            stubs.given("live migration " + MIGRATION + " in project " + PROJECT + " has been cut over");
            stubs.advance(Duration.ofSeconds(30));
        });
        STATES.put("live migration " + MIGRATION + " in project " + PROJECT + " has EXPIRED", stubs -> {
            readyForCutover(stubs);
            stubs.advance(Duration.ofHours(120));
        });

        checkpoints("5e2211c17a3e5a48f5497de4", "has 9 checkpoints", 9);
        checkpoints("5e2211c17a3e5a48f5497de6", "has no checkpoints", 0);
        STATES.put("checkpoint 55bc0658e4b097a3efe06f1f exists in cluster 5e2211c17a3e5a48f5497de4",
                stubs -> call(() -> new CheckpointsApi(stubs.opsManagerClient())
                        .getCheckpoint(PROJECT, "5e2211c17a3e5a48f5497de4", "55bc0658e4b097a3efe06f1f", null, null)));
        STATES.put("project 5e2211c17a3e5a48f5497de3 has no cluster 222222222222222222222222",
                stubs -> expectStatus(404, () -> new CheckpointsApi(stubs.opsManagerClient())
                        .listCheckpoints(PROJECT, "222222222222222222222222", null, null, null, null, null)));
        STATES.put("cluster 5e2211c17a3e5a48f5497de4 has no checkpoint 333333333333333333333333",
                stubs -> expectStatus(404, () -> new CheckpointsApi(stubs.opsManagerClient())
                        .getCheckpoint(PROJECT, "5e2211c17a3e5a48f5497de4", "333333333333333333333333", null, null)));
    }

    private StubStates() {
    }

    /** Every state name, in a stable order: mongosync, Atlas, Ops Manager. */
    public static List<String> names() {
        return List.copyOf(STATES.keySet());
    }

    /** Puts the stub in the named state. @throws UnknownStubStateException for a name not in {@link #names()} */
    static void apply(String state, StubControl stubs) {
        Consumer<StubControl> setup = STATES.get(Objects.requireNonNull(state, "state"));
        if (setup == null) {
            throw new UnknownStubStateException(state, STATES.keySet());
        }
        setup.accept(stubs);
    }

    private static void idle(StubControl stubs) {
        stubs.advance(Duration.ofSeconds(3));
    }

    private static void canCommit(StubControl stubs) {
        idle(stubs);
        post(stubs, "/api/v1/start", START);
        stubs.advance(Duration.ofMinutes(3));
    }

    private static void migration(String id, String fact, java.util.function.Predicate<LiveMigrationResponse> holds) {
        String name = "live migration " + id + " in project " + PROJECT + " " + fact;
        STATES.put(name, stubs -> {
            LiveMigrationResponse migration = call(() -> new CloudMigrationServiceApi(stubs.atlasClient())
                    .getGroupLiveMigration(PROJECT, id, null, null));
            if (!holds.test(migration)) {
                throw new IllegalStateException("The stub's dataset does not hold \"" + name + "\": " + migration);
            }
        });
    }

    /** The Cloud Migration Service as the dataset has it: its links, nothing validated or created. */
    private static void freshMigrations(StubControl stubs) {
        stubs.servers().liveMigrations().reset();
    }

    private static void createMigration(StubControl stubs) {
        freshMigrations(stubs);
        call(() -> new CloudMigrationServiceApi(stubs.atlasClient()).createGroupLiveMigration(PROJECT, migrationRequest(), null, null));
    }

    private static void readyForCutover(StubControl stubs) {
        createMigration(stubs);
        stubs.advance(Duration.ofMinutes(6));
    }

    /** The spec's example request: rs0 of the dataset's Cloud Manager project into the demo project. */
    private static LiveMigrationRequest20240530 migrationRequest() {
        return new LiveMigrationRequest20240530()
                .destination(new Destination().clusterName("Cluster0").groupId(PROJECT).hostnameSchemaType(HostnameSchemaType.PUBLIC))
                .migrationHosts(List.of("vm001.example.com"))
                .source(new Source().clusterName("rs0").groupId("63b4c8f2a1e5d3c2b1a09f01").managedAuthentication(false)
                        .ssl(true).username("mongosync-user").password("example-password"));
    }

    private static void checkpoints(String cluster, String fact, int count) {
        String name = "cluster " + cluster + " of project " + PROJECT + " " + fact;
        STATES.put(name, stubs -> {
            Integer total = call(() -> new CheckpointsApi(stubs.opsManagerClient())
                    .listCheckpoints(PROJECT, cluster, 1, 1, true, null, null)).getTotalCount();
            if (total == null || total != count) {
                throw new IllegalStateException("The stub's dataset does not hold \"" + name + "\": " + total + " checkpoints");
            }
        });
    }

    /** Signed requests until the stub answers 429; at most 10,000, so a stub without a limit fails fast. */
    private static void useUpRateLimit(StubControl stubs) {
        CloudMigrationServiceApi api = new CloudMigrationServiceApi(stubs.atlasClient());
        for (int i = 0; i < 10_000; i++) {
            try {
                api.getGroupLiveMigration(PROJECT, "6296fb4c7c7aa997cf94e9a8", null, null);
            } catch (io.github.mongoapitoolkit.atlas.client.invoker.ApiException e) {
                if (e.getCode() == 429) {
                    return;
                }
                throw new IllegalStateException("Using up the rate limit got " + e.getCode(), e);
            }
        }
        throw new IllegalStateException("10,000 requests and no 429: is the stub's rate limit off?");
    }

    private static void post(StubControl stubs, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stubs.mongosyncUri() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST " + path + " got " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("POST " + path + " interrupted", e);
        }
    }

    /** A generated client's call, which throws one of the three generated ApiExceptions. */
    private interface Call<T> {
        T run() throws Exception;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Checking a stub state failed: " + e.getMessage(), e);
        }
    }

    private static void expectStatus(int status, Call<?> call) {
        try {
            call.run();
        } catch (io.github.mongoapitoolkit.atlas.client.invoker.ApiException e) {
            if (e.getCode() == status) {
                return;
            }
            throw new IllegalStateException("Expected " + status + ", got " + e.getCode(), e);
        } catch (io.github.mongoapitoolkit.opsmanager.client.invoker.ApiException e) {
            if (e.getCode() == status) {
                return;
            }
            throw new IllegalStateException("Expected " + status + ", got " + e.getCode(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Checking a stub state failed", e);
        }
        throw new IllegalStateException("Expected " + status + ", got a success");
    }
}
