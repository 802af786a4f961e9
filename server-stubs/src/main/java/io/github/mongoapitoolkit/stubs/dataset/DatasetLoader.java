package io.github.mongoapitoolkit.stubs.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.mongoapitoolkit.specs.check.ExampleValidator;
import io.github.mongoapitoolkit.stubs.spec.ApiSpecs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Reads a dataset file and refuses it, naming each field and its problem, unless every live
 * migration, validation, available project and checkpoint validates against its schema in the
 * spec, every id is an ObjectId, ids are unique, each project names an organization of the file
 * (if any), each key has a known role, and each checkpoint and validation names the project (and
 * cluster) it sits under.
 */
public final class DatasetLoader {

    /** The built-in dataset, documented in server-stubs/DATASET.md. */
    public static final String BUILT_IN = "/dataset/default-dataset.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    /**
     * The built-in dataset as read for each specs instance: once per JVM, not once per server. A
     * Dataset is never changed after it is read (the simulators keep their own state), so servers
     * share it.
     */
    private static final Map<ApiSpecs, Dataset> BUILT_IN_PER_SPECS = Collections.synchronizedMap(new WeakHashMap<>());

    private final ApiSpecs specs;

    public DatasetLoader(ApiSpecs specs) {
        this.specs = specs;
    }

    /**
     * The built-in dataset, checked as a file is, once per specs; not checked again when the build
     * already checked it against specs read from the same texts ({@link BuiltInDatasetCheck}).
     */
    public Dataset builtIn() {
        return BUILT_IN_PER_SPECS.computeIfAbsent(specs, read -> {
            String text = builtInText();
            return BuiltInDatasetCheck.passedAtBuild(specs, text) ? bind("built-in dataset", tree("built-in dataset", text)) : parse("built-in dataset", text);
        });
    }

    /** The built-in dataset's JSON, as the jar holds it. */
    public static String builtInText() {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(BUILT_IN)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The built-in dataset is missing from the jar", e);
        }
    }

    /** A dataset file, checked in full: every live migration and checkpoint against its schema too. */
    public Dataset load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new InvalidDatasetException(file.toString(), List.of("cannot be read: " + e.getMessage()));
        }
    }

    /** A dataset's JSON from elsewhere than a file (a test's DatasetBuilder), checked in full like a file. */
    public Dataset fromJson(String source, String text) {
        return parse(source, text);
    }

    Dataset parse(String source, String text) {
        JsonNode root = tree(source, text);
        List<String> problems = new ArrayList<>();
        validateAtlas(root.path("atlas"), problems);
        validateOpsManager(root.path("opsManager"), problems);
        validateScenario(root.path("mongosync"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(source, problems);
        }
        return bind(source, root);
    }

    private static JsonNode tree(String source, String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidDatasetException(source, List.of("not JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
        }
    }

    /** The records of a dataset already checked. */
    private static Dataset bind(String source, JsonNode root) {
        try {
            JsonNode atlas = root.path("atlas");
            return new Dataset(
                    atlas.has("organizations") ? List.of(JSON.treeToValue(atlas.get("organizations"), AtlasOrganization[].class)) : List.of(),
                    List.of(JSON.treeToValue(atlas.path("groups"), AtlasGroup[].class)),
                    atlas.has("apiKeys") ? List.of(JSON.treeToValue(atlas.get("apiKeys"), ApiKey[].class)) : List.of(),
                    List.of(JSON.treeToValue(root.path("opsManager").path("groups"), OpsManagerGroup[].class)),
                    JSON.treeToValue(root.path("mongosync"), SyncScenario.class));
        } catch (JsonProcessingException e) {
            throw new InvalidDatasetException(source, List.of(e.getOriginalMessage()));
        }
    }

    private void validateAtlas(JsonNode atlas, List<String> problems) {
        ExampleValidator schemas = specs.atlasValidator();
        Set<String> orgIds = new HashSet<>();
        JsonNode organizations = optionalArray(atlas.path("organizations"), "atlas.organizations", problems);
        for (int o = 0; o < organizations.size(); o++) {
            String at = "atlas.organizations[" + o + "]";
            JsonNode organization = organizations.get(o);
            objectId(organization.path("id"), at + ".id", orgIds, problems, specs.atlasObjectId(), schemas);
            JsonNode projects = optionalArray(organization.path("availableProjects"), at + ".availableProjects", problems);
            for (int p = 0; p < projects.size(); p++) {
                schema(schemas, projects.get(p), specs.atlasSchema("LiveImportAvailableProject"), at + ".availableProjects[" + p + "]", problems);
            }
        }
        JsonNode keys = optionalArray(atlas.path("apiKeys"), "atlas.apiKeys", problems);
        for (int k = 0; k < keys.size(); k++) {
            String at = "atlas.apiKeys[" + k + "]";
            for (String field : List.of("publicKey", "privateKey")) {
                if (!keys.get(k).path(field).isTextual() || keys.get(k).path(field).asText().isBlank()) {
                    problems.add(at + "." + field + ": must be a non-empty string");
                }
            }
            String role = keys.get(k).path("role").asText();
            if (!role.equals(ApiKey.OWNER) && !role.equals(ApiKey.MEMBER)) {
                problems.add(at + ".role: must be " + ApiKey.OWNER + " or " + ApiKey.MEMBER + ", is " + keys.get(k).path("role"));
            }
        }
        JsonNode groups = requireArray(atlas.path("groups"), "atlas.groups", problems);
        Set<String> groupIds = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            String at = "atlas.groups[" + g + "]";
            JsonNode group = groups.get(g);
            objectId(group.path("id"), at + ".id", groupIds, problems, specs.atlasObjectId(), schemas);
            JsonNode orgId = group.path("orgId");
            if (!orgId.isMissingNode() && !orgId.isNull() && !orgIds.contains(orgId.asText())) {
                problems.add(at + ".orgId: " + orgId + " is not the id of an entry of atlas.organizations");
            }
            accessList(group.path("apiAccessList"), at + ".apiAccessList", problems);
            JsonNode migrations = requireArray(group.path("liveMigrations"), at + ".liveMigrations", problems);
            Set<String> migrationIds = new HashSet<>();
            for (int m = 0; m < migrations.size(); m++) {
                String where = at + ".liveMigrations[" + m + "]";
                schema(schemas, migrations.get(m), specs.atlasSchema("LiveMigrationResponse"), where, problems);
                duplicate(migrations.get(m).path("_id").asText(), where + "._id", migrationIds, problems);
            }
            JsonNode validations = optionalArray(group.path("liveMigrationValidations"), at + ".liveMigrationValidations", problems);
            Set<String> validationIds = new HashSet<>();
            for (int v = 0; v < validations.size(); v++) {
                String where = at + ".liveMigrationValidations[" + v + "]";
                schema(schemas, validations.get(v), specs.atlasSchema("LiveImportValidation"), where, problems);
                duplicate(validations.get(v).path("_id").asText(), where + "._id", validationIds, problems);
                sameAs(validations.get(v).path("groupId"), group.path("id"), where + ".groupId", at + ".id", problems);
            }
        }
    }

    private void validateOpsManager(JsonNode opsManager, List<String> problems) {
        ExampleValidator schemas = specs.opsManagerValidator();
        JsonNode groups = requireArray(opsManager.path("groups"), "opsManager.groups", problems);
        Set<String> groupIds = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            String at = "opsManager.groups[" + g + "]";
            JsonNode group = groups.get(g);
            objectId(group.path("id"), at + ".id", groupIds, problems, specs.opsManagerObjectId(), schemas);
            accessList(group.path("apiAccessList"), at + ".apiAccessList", problems);
            JsonNode clusters = requireArray(group.path("clusters"), at + ".clusters", problems);
            Set<String> clusterIds = new HashSet<>();
            for (int c = 0; c < clusters.size(); c++) {
                String where = at + ".clusters[" + c + "]";
                JsonNode cluster = clusters.get(c);
                objectId(cluster.path("id"), where + ".id", clusterIds, problems, specs.opsManagerObjectId(), schemas);
                JsonNode checkpoints = requireArray(cluster.path("checkpoints"), where + ".checkpoints", problems);
                Set<String> checkpointIds = new HashSet<>();
                for (int k = 0; k < checkpoints.size(); k++) {
                    String here = where + ".checkpoints[" + k + "]";
                    JsonNode checkpoint = checkpoints.get(k);
                    schema(schemas, checkpoint, specs.opsManagerSchema("Checkpoint"), here, problems);
                    duplicate(checkpoint.path("id").asText(), here + ".id", checkpointIds, problems);
                    sameAs(checkpoint.path("groupId"), group.path("id"), here + ".groupId", at + ".id", problems);
                    sameAs(checkpoint.path("clusterId"), cluster.path("id"), here + ".clusterId", where + ".id", problems);
                }
            }
        }
    }

    private static void validateScenario(JsonNode scenario, List<String> problems) {
        for (String field : List.of("estimatedTotalBytes", "documentCount", "collectionCount", "indexCount")) {
            JsonNode value = scenario.path(field);
            if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 1) {
                problems.add("mongosync." + field + ": must be a whole number of at least 1, is " + value);
            }
        }
    }

    private static void accessList(JsonNode list, String where, List<String> problems) {
        if (list.isMissingNode() || list.isNull()) {
            return;
        }
        JsonNode entries = requireArray(list, where, problems);
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String at = where + "[" + i + "]";
            if (!entry.isTextual()) {
                problems.add(at + ": must be a string, is " + entry.getNodeType());
            } else {
                ApiAccessList.problem(entry.asText()).ifPresent(problem -> problems.add(at + ": " + problem));
            }
        }
    }

    private static JsonNode optionalArray(JsonNode node, String where, List<String> problems) {
        return node.isMissingNode() || node.isNull() ? JSON.createArrayNode() : requireArray(node, where, problems);
    }

    private static JsonNode requireArray(JsonNode node, String where, List<String> problems) {
        if (!node.isArray()) {
            problems.add(where + ": must be an array, is " + (node.isMissingNode() ? "missing" : node.getNodeType()));
            return JSON.createArrayNode();
        }
        return node;
    }

    private static void objectId(JsonNode id, String where, Set<String> seen, List<String> problems,
            JsonNode objectIdSchema, ExampleValidator schemas) {
        if (!id.isTextual()) {
            problems.add(where + ": must be a string, is " + (id.isMissingNode() ? "missing" : id.getNodeType()));
            return;
        }
        schema(schemas, id, objectIdSchema, where, problems);
        duplicate(id.asText(), where, seen, problems);
    }

    private static void schema(ExampleValidator schemas, JsonNode value, JsonNode schema, String where, List<String> problems) {
        for (String problem : schemas.problems(value, schema, false)) {
            problems.add(where + ": " + problem);
        }
    }

    private static void duplicate(String id, String where, Set<String> seen, List<String> problems) {
        if (!seen.add(id)) {
            problems.add(where + ": duplicate id " + id);
        }
    }

    private static void sameAs(JsonNode value, JsonNode expected, String where, String parent, List<String> problems) {
        if (!value.equals(expected)) {
            problems.add(where + ": is " + value + " but the entry sits under " + parent + " " + expected);
        }
    }
}
