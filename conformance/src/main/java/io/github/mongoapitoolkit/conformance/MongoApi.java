package io.github.mongoapitoolkit.conformance;

import java.util.Arrays;
import java.util.Optional;

/**
 * The APIs the toolkit has a spec for: three of MongoDB's, and the stub's admin API. Each name is the spec's folder in {@code specs/} and in the
 * {@code mongodb-api-specs} artifact, and the Pact provider name the toolkit's pacts carry.
 */
public enum MongoApi {
    MONGOSYNC("mongosync", "ErrorResponse"),
    ATLAS_LIVE_MIGRATIONS("atlas-live-migrations", "ApiError"),
    OPS_MANAGER_CHECKPOINTS("ops-manager-checkpoints", "ApiError"),
    /** Not a MongoDB API: the stub server's own admin API ({@code --admin-port}). */
    STUB_ADMIN("stub-admin", "AdminError");

    private final String specName;
    private final String errorSchema;

    MongoApi(String specName, String errorSchema) {
        this.specName = specName;
        this.errorSchema = errorSchema;
    }

    /** The spec's folder, such as {@code atlas-live-migrations}; also the Pact provider name. */
    public String specName() {
        return specName;
    }

    /** Where the spec is on the classpath. */
    public String specResource() {
        return "/specs/" + specName + "/openapi.yaml";
    }

    /** The spec's YAML as the specs artifact on the classpath holds it. */
    public String specText() {
        return classpathText(specResource());
    }

    /**
     * The same spec as JSON, which the specs build writes next to the YAML: the same tree, read
     * without a YAML parser (the stub starts from it).
     */
    public String specJson() {
        return classpathText("/specs/" + specName + "/openapi.json");
    }

    private static String classpathText(String resource) {
        try (java.io.InputStream in = MongoApi.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath: add the mongodb-api-specs artifact");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The schema of the API's error body, for answers to requests no operation declares. */
    public String errorSchema() {
        return errorSchema;
    }

    public ApiSpec spec() {
        return ApiSpec.of(this);
    }

    public static Optional<MongoApi> named(String specName) {
        return Arrays.stream(values()).filter(api -> api.specName.equals(specName)).findFirst();
    }
}
