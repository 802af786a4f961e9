package io.github.mongoapitoolkit.stubs.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mongoapitoolkit.specs.check.ExampleValidator;
import io.github.mongoapitoolkit.specs.check.LoadedSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    private final ExampleValidator atlasValidator;
    private final ExampleValidator opsManagerValidator;
    private final Pattern atlasObjectId;
    private final Pattern opsManagerObjectId;

    private ApiSpecs() {
        this.mongosync = read("mongosync");
        this.atlas = read("atlas-live-migrations");
        this.opsManager = read("ops-manager-checkpoints");
        this.atlasValidator = new ExampleValidator(atlas);
        this.opsManagerValidator = new ExampleValidator(opsManager);
        this.atlasObjectId = Pattern.compile(atlasObjectId().get("pattern").asText());
        this.opsManagerObjectId = Pattern.compile(opsManagerObjectId().get("pattern").asText());
    }

    public static ApiSpecs load() {
        return new ApiSpecs();
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

    public ExampleValidator atlasValidator() {
        return atlasValidator;
    }

    public ExampleValidator opsManagerValidator() {
        return opsManagerValidator;
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

    private static LoadedSpec read(String api) {
        String resource = "/specs/" + api + "/openapi.yaml";
        try (InputStream in = ApiSpecs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return LoadedSpec.parse(Path.of(resource.substring(1)), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
