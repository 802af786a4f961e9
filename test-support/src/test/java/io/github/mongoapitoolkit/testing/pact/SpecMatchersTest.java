package io.github.mongoapitoolkit.testing.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.dsl.DslPart;
import io.github.mongoapitoolkit.conformance.MongoApi;
import org.junit.jupiter.api.Test;

/** Matchers say what the spec says: its patterns, enums and nullability, and nothing it does not know. */
class SpecMatchersTest {

    private final SpecMatchers atlas = SpecMatchers.of(MongoApi.ATLAS_LIVE_MIGRATIONS);
    private final SpecMatchers mongosync = SpecMatchers.of(MongoApi.MONGOSYNC);

    private static String matchers(DslPart body) {
        return body.getMatchers().toMap(au.com.dius.pact.core.model.PactSpecVersion.V4).toString();
    }

    @Test
    void idsAndHostsAreMatchedByTheSpecsOwnPatterns() {
        DslPart body = atlas.body("LiveMigrationResponse")
                .like("_id", "6296fb4c7c7aa997cf94e9a8")
                .eachLike("migrationHosts", "vm001.example.com")
                .like("status", "WORKING")
                .like("lagTimeSeconds", 3)
                .pact();

        assertThat(matchers(body)).contains(atlas.pattern("ObjectId")).contains(atlas.pattern("MigrationHost"))
                .contains("NEW").contains("EXPIRED").contains("integer");
        assertThat(body.getBody().toString()).contains("6296fb4c7c7aa997cf94e9a8");
    }

    @Test
    void nullIsAllowedOnlyWhereTheSpecSaysNullable() {
        assertThat(atlas.body("LiveMigrationResponse").like("lagTimeSeconds", null).pact().getBody().toString())
                .contains("\"lagTimeSeconds\":null");
        assertThatThrownBy(() -> atlas.body("LiveMigrationResponse").like("readyForCutover", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readyForCutover");
    }

    @Test
    void whatTheSpecDoesNotAllowFailsWhenThePactIsWritten() {
        assertThatThrownBy(() -> atlas.body("LiveMigrationResponse").like("_id", "not-an-object-id"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pattern");
        assertThatThrownBy(() -> atlas.body("LiveMigrationResponse").exactly("status", "PAUSED"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("enum");
        assertThatThrownBy(() -> atlas.body("LiveMigrationResponse").like("estimatedSecondsLeft", 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no property estimatedSecondsLeft");
        assertThatThrownBy(() -> atlas.body("NoSuchSchema")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nestedObjectsAreMatchedByTheirOwnSchema() {
        DslPart body = mongosync.body("ProgressResponse").object("progress", progress -> progress
                .exactly("state", "RUNNING")
                .like("canCommit", true)
                .like("lagTimeSeconds", 5)).pact();

        assertThat(body.getBody().toString()).contains("\"state\":\"RUNNING\"");
        assertThat(matchers(body)).contains(".progress.canCommit={matchers=[{match=type}]").contains(".progress.lagTimeSeconds={matchers=[{match=integer}]");
    }

    @Test
    void mediaTypesAreTheOperationsOwn() {
        assertThat(atlas.mediaType("getGroupLiveMigration", 200)).isEqualTo("application/vnd.atlas.2023-01-01+json");
        assertThat("application/vnd.atlas.2023-01-01+json;charset=utf-8")
                .matches(atlas.contentTypePattern("getGroupLiveMigration", 200));
        assertThat("application/json").doesNotMatch(atlas.contentTypePattern("getGroupLiveMigration", 200));
        assertThat("application/vnd.atlas.2023-01-01+json").matches(atlas.acceptPattern("getGroupLiveMigration"));
    }
}
