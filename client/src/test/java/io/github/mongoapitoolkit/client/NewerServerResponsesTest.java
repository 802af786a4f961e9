package io.github.mongoapitoolkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.atlas.client.model.LiveMigrationResponse;
import io.github.mongoapitoolkit.mongosync.client.model.ProgressResponse;
import io.github.mongoapitoolkit.mongosync.client.model.SyncState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Bodies from a newer server, with a field and an enum value this client does not know, still
 * deserialise: the unknown field is ignored and every known field keeps its value. An unknown
 * value of a non-nullable enum becomes {@code UNKNOWN_DEFAULT_OPEN_API}; the generator maps an
 * unknown value of a nullable enum (Atlas's {@code status}) to null.
 */
class NewerServerResponsesTest {

    @Test
    void progressFromNewerMongosyncWithUnknownFieldAndStateDeserialises() throws Exception {
        ProgressResponse body = GeneratedClients.mapperOf("mongosync")
                .readValue(read("mongosync/ProgressResponse/unknown-field-and-state.json"), ProgressResponse.class);

        assertThat(body.getProgress().getState()).isEqualTo(SyncState.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(body.getProgress().getCanCommit()).isFalse();
        assertThat(body.getSuccess()).isTrue();
    }

    @Test
    void liveMigrationFromNewerAtlasWithUnknownFieldAndStatusDeserialisesWithStatusNull() throws Exception {
        LiveMigrationResponse body = GeneratedClients.mapperOf("atlas")
                .readValue(read("atlas/LiveMigrationResponse/unknown-field-and-status.json"), LiveMigrationResponse.class);

        assertThat(body.getStatus()).isNull();
        assertThat(body.getId()).isEqualTo("32b6e34b3d91647abb20e7b8");
        assertThat(body.getMigrationHosts()).containsExactly("vm001.example.com");
    }

    private String read(String file) throws Exception {
        return Files.readString(Path.of(getClass().getResource("/newer-server/" + file).toURI()));
    }
}
