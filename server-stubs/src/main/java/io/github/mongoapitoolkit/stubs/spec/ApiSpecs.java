package io.github.mongoapitoolkit.stubs.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mongoapitoolkit.conformance.MongoApi;
import io.github.mongoapitoolkit.specs.check.ExampleValidator;
import io.github.mongoapitoolkit.specs.check.LoadedSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The three specs as the stub server uses them at run time, read once from the specs jar on
 * the classpath: patterns, schemas and nullability come from here, never retyped in Java.
 */
public final class ApiSpecs {

    private final LoadedSpec mongosync;
    private final LoadedSpec atlas;
    private final LoadedSpec opsManager;
    private ExampleValidator atlasValidator;
    private ExampleValidator opsManagerValidator;
    private final Pattern atlasObjectId;
    private final Pattern opsManagerObjectId;

    private ApiSpecs(LoadedSpec mongosync, LoadedSpec atlas, LoadedSpec opsManager) {
        this.mongosync = mongosync;
        this.atlas = atlas;
        this.opsManager = opsManager;
        this.atlasObjectId = Pattern.compile(atlasObjectId().get("pattern").asText());
        this.opsManagerObjectId = Pattern.compile(opsManagerObjectId().get("pattern").asText());
    }

    public static ApiSpecs load() {
        return new ApiSpecs(read("mongosync"), read("atlas-live-migrations"), read("ops-manager-checkpoints"));
    }

    /**
     * These specs with one replaced by another text of it: what the stub does follows the spec it is
     * given (its operations, their security, their versions), which tests show without a code edit.
     *
     * @param api  {@code mongosync}, {@code atlas-live-migrations} or {@code ops-manager-checkpoints}
     * @param yaml the replacement spec
     */
    public ApiSpecs with(String api, String yaml) {
        LoadedSpec replaced = LoadedSpec.parse(Path.of("specs", api, "openapi.yaml"), yaml);
        return switch (api) {
            case "mongosync" -> new ApiSpecs(replaced, atlas, opsManager);
            case "atlas-live-migrations" -> new ApiSpecs(mongosync, replaced, opsManager);
            case "ops-manager-checkpoints" -> new ApiSpecs(mongosync, atlas, replaced);
            default -> throw new IllegalArgumentException("no spec " + api);
        };
    }

    /** The text of a spec as the stub read it from the classpath. */
    public static String text(String api) {
        return MongoApi.named(api).orElseThrow(() -> new IllegalArgumentException("no spec " + api)).specText();
    }

    public JsonNode mongosyncTree() {
        return mongosync.tree();
    }

    public JsonNode atlasTree() {
        return atlas.tree();
    }

    public JsonNode opsManagerTree() {
        return opsManager.tree();
    }

    public List<JsonNode> trees() {
        return List.of(mongosync.tree(), atlas.tree(), opsManager.tree());
    }

    public JsonNode atlasSchema(String name) {
        return atlas.tree().at("/components/schemas/" + name);
    }

    public JsonNode opsManagerSchema(String name) {
        return opsManager.tree().at("/components/schemas/" + name);
    }

    public JsonNode atlasObjectId() {
        return atlasSchema("ObjectId");
    }

    public JsonNode opsManagerObjectId() {
        return opsManagerSchema("ObjectId");
    }

    /** Built when first asked for: it needs swagger-parser's model, which nothing else at run time does. */
    public synchronized ExampleValidator atlasValidator() {
        if (atlasValidator == null) {
            atlasValidator = new ExampleValidator(atlas);
        }
        return atlasValidator;
    }

    public synchronized ExampleValidator opsManagerValidator() {
        if (opsManagerValidator == null) {
            opsManagerValidator = new ExampleValidator(opsManager);
        }
        return opsManagerValidator;
    }

    /** The texts these specs were read from (JSON as the build wrote it, or a replacement's YAML). */
    public List<String> sources() {
        return List.of(mongosync.source(), atlas.source(), opsManager.source());
    }

    /** True when the value is an ObjectId as the Atlas spec defines it (pattern, full match). */
    public boolean isAtlasObjectId(String value) {
        return value != null && atlasObjectId.matcher(value).matches();
    }

    /** True when the value is an ObjectId as the Ops Manager spec defines it. */
    public boolean isOpsManagerObjectId(String value) {
        return value != null && opsManagerObjectId.matcher(value).matches();
    }

    public String atlasObjectIdPattern() {
        return atlasObjectId.pattern();
    }

    /** From the JSON the specs build writes next to each YAML: the same spec, without a YAML parser's cold start (903 -> 606 ms for the three, RESULTS.md). */
    private static LoadedSpec read(String api) {
        MongoApi spec = MongoApi.named(api).orElseThrow(() -> new IllegalArgumentException("no spec " + api));
        return LoadedSpec.fromJson(Path.of("specs", api, "openapi.yaml"), spec.specJson(), spec::specText);
    }
}
