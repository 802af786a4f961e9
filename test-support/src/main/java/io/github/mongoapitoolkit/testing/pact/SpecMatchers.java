package io.github.mongoapitoolkit.testing.pact;

import io.github.mongoapitoolkit.conformance.ApiSpec;
import io.github.mongoapitoolkit.conformance.MongoApi;

/**
 * Pact matchers derived from a spec on the classpath, so that a consumer's pact says what the
 * spec says and nothing else: ids, hosts and other patterned strings by the spec's own pattern,
 * enums by their values, nullable fields as null only where the spec allows it, media types as
 * the operation declares them.
 * <pre>
 * SpecMatchers atlas = SpecMatchers.of(MongoApi.ATLAS_LIVE_MIGRATIONS);
 * builder.given(StubStates.ATLAS_MIGRATION_WORKING)
 *     .uponReceiving("a WORKING migration").path(path).method("GET")
 *     .matchHeader("Accept", atlas.acceptPattern("getGroupLiveMigration"), atlas.mediaType("getGroupLiveMigration", 200))
 *     .willRespondWith().status(200)
 *     .matchHeader("Content-Type", atlas.contentTypePattern("getGroupLiveMigration", 200), atlas.mediaType("getGroupLiveMigration", 200))
 *     .body(atlas.body("LiveMigrationResponse").like("_id", "6296fb4c7c7aa997cf94e9a8").exactly("status", "WORKING").pact());
 * </pre>
 * Every name is checked against the spec when the pact is built: a property the schema does not
 * have, an example its pattern refuses or a null where it is not nullable fails the consumer's
 * test, not the provider's verification weeks later.
 */
public final class SpecMatchers {

    private final ApiSpec spec;

    private SpecMatchers(ApiSpec spec) {
        this.spec = spec;
    }

    public static SpecMatchers of(MongoApi api) {
        return new SpecMatchers(api.spec());
    }

    /** A body of the named schema, such as {@code LiveMigrationResponse} or {@code ProgressResponse}. */
    public SpecBody body(String schemaName) {
        spec.schema(schemaName);
        return new SpecBody(spec, schemaName);
    }

    /** The media type an operation answers a status with, such as {@code application/vnd.atlas.2023-01-01+json}. */
    public String mediaType(String operationId, int status) {
        return spec.mediaType(operationId, String.valueOf(status));
    }

    /** A regex for the {@code Content-Type} of that answer: its media type, with or without a UTF-8 charset. */
    public String contentTypePattern(String operationId, int status) {
        return spec.contentTypePattern(operationId, String.valueOf(status));
    }

    /** A regex for an {@code Accept} header asking for the operation's success media type exactly. */
    public String acceptPattern(String operationId) {
        return java.util.regex.Pattern.quote(acceptValue(operationId));
    }

    /** The Accept value a generated client sends for the operation: its success's media type. */
    public String acceptValue(String operationId) {
        return mediaType(operationId, successStatus(operationId));
    }

    /** The {@code pattern} of a named schema (such as Atlas's {@code ObjectId}), for a path or a header. */
    public String pattern(String schemaName) {
        return spec.pattern(schemaName);
    }

    private int successStatus(String operationId) {
        return spec.operation(operationId).statuses().stream().filter(s -> s.startsWith("2")).findFirst()
                .map(Integer::parseInt).orElseThrow(() -> new IllegalArgumentException(operationId + " declares no 2xx"));
    }
}
