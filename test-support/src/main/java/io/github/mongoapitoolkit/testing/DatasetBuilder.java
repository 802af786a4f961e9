package io.github.mongoapitoolkit.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mongoapitoolkit.stubs.dataset.DatasetLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A dataset written in Java: the same JSON as a dataset file (server-stubs/DATASET.md), built
 * by method calls, and checked exactly as a file is (every migration and checkpoint against
 * its schema in the spec, ids, parents) when the stub starts with it:
 * <pre>
 * &#64;RegisterExtension
 * static MongoApiStubsExtension stubs = MongoApiStubsExtension.builder()
 *         .dataset(DatasetBuilder.empty()
 *                 .atlasProject("5e2211c17a3e5a48f5497de3", "Migration demo", project -> project
 *                         .liveMigration("6296fb4c7c7aa997cf94e9a8", "WORKING", 12L, false, "10.0.12.7")))
 *         .build();
 * </pre>
 */
public final class DatasetBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root;

    private DatasetBuilder(ObjectNode root) {
        this.root = root;
    }

    /** No projects; a mongosync sync of the built-in dataset's size. */
    public static DatasetBuilder empty() {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("atlas").putArray("groups");
        root.putObject("opsManager").putArray("groups");
        root.putObject("mongosync").put("estimatedTotalBytes", 5_368_709_120L).put("documentCount", 1_250_000)
                .put("collectionCount", 42).put("indexCount", 10);
        return new DatasetBuilder(root);
    }

    /** The built-in dataset, to add to. */
    public static DatasetBuilder builtIn() {
        try {
            return new DatasetBuilder((ObjectNode) JSON.readTree(DatasetLoader.builtInText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Atlas project the configured API key can access. */
    public DatasetBuilder atlasProject(String groupId, String name, Consumer<AtlasProject> contents) {
        ObjectNode group = ((ArrayNode) root.path("atlas").path("groups")).addObject();
        group.put("id", groupId).put("name", name).put("apiKeyHasAccess", true);
        group.putArray("liveMigrations");
        contents.accept(new AtlasProject(group));
        return this;
    }

    /** An Ops Manager project the configured API key can access. */
    public DatasetBuilder opsManagerProject(String groupId, String name, Consumer<OpsManagerProject> contents) {
        ObjectNode group = ((ArrayNode) root.path("opsManager").path("groups")).addObject();
        group.put("id", groupId).put("name", name).put("apiKeyHasAccess", true);
        group.putArray("clusters");
        contents.accept(new OpsManagerProject(group));
        return this;
    }

    /** The size of the simulated mongosync sync. */
    public DatasetBuilder mongosync(long estimatedTotalBytes, long documentCount, long collectionCount, long indexCount) {
        ((ObjectNode) root.path("mongosync")).put("estimatedTotalBytes", estimatedTotalBytes).put("documentCount", documentCount)
                .put("collectionCount", collectionCount).put("indexCount", indexCount);
        return this;
    }

    /** The dataset as a dataset file holds it. */
    public String toJson() {
        return root.toPrettyString();
    }

    /** What an Atlas project holds. */
    public static final class AtlasProject {
        private final ObjectNode group;

        AtlasProject(ObjectNode group) {
            this.group = group;
        }

        /** A live migration; {@code status} or {@code lagTimeSeconds} null are sent as null, as Atlas may. */
        public AtlasProject liveMigration(String id, String status, Long lagTimeSeconds, boolean readyForCutover, String... hosts) {
            ObjectNode migration = ((ArrayNode) group.path("liveMigrations")).addObject();
            migration.put("_id", id);
            ArrayNode list = migration.putArray("migrationHosts");
            for (String host : hosts) {
                list.add(host);
            }
            migration.put("readyForCutover", readyForCutover).put("status", status).put("lagTimeSeconds", lagTimeSeconds);
            return this;
        }

        /** The key is not a member: every request gets 401 NOT_IN_GROUP. */
        public AtlasProject withoutKeyAccess() {
            group.put("apiKeyHasAccess", false);
            return this;
        }

        /** The organization requires an API access list of these addresses and CIDR blocks. */
        public AtlasProject accessList(String... entries) {
            ArrayNode list = group.putArray("apiAccessList");
            for (String entry : entries) {
                list.add(entry);
            }
            return this;
        }
    }

    /** What an Ops Manager project holds. */
    public static final class OpsManagerProject {
        private final ObjectNode group;

        OpsManagerProject(ObjectNode group) {
            this.group = group;
        }

        /** A replica set cluster with restorable checkpoints completed at these times, in list order. */
        public OpsManagerProject replicaSet(String clusterId, String name, String replicaSetName, CheckpointAt... checkpoints) {
            ObjectNode cluster = ((ArrayNode) group.path("clusters")).addObject();
            cluster.put("id", clusterId).put("name", name);
            ArrayNode list = cluster.putArray("checkpoints");
            for (CheckpointAt at : checkpoints) {
                ObjectNode checkpoint = list.addObject();
                checkpoint.put("id", at.id()).put("clusterId", clusterId).put("groupId", group.path("id").asText());
                ObjectNode part = checkpoint.putArray("parts").addObject();
                part.put("replicaSetName", replicaSetName).put("tokenDiscovered", true);
                part.putObject("tokenTimestamp").put("date", at.completed().toString()).put("increment", 1);
                part.put("typeName", "REPLICA_SET");
                checkpoint.put("restorable", true).put("started", at.completed().minusSeconds(60).toString())
                        .put("timestamp", at.completed().minusSeconds(65).toString()).put("completed", at.completed().toString());
            }
            return this;
        }

        public OpsManagerProject withoutKeyAccess() {
            group.put("apiKeyHasAccess", false);
            return this;
        }
    }

    /** A checkpoint by its id and when it completed. */
    public record CheckpointAt(String id, Instant completed) {
    }
}
