package io.github.mongoapitoolkit.stubs.atlas;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.stubs.cloud.AtlasApiException;
import io.github.mongoapitoolkit.stubs.pipeline.Answer;
import io.github.mongoapitoolkit.stubs.pipeline.AnswerCache;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import io.github.mongoapitoolkit.stubs.pipeline.FastRoute;
import io.github.mongoapitoolkit.stubs.pipeline.Formatting;
import java.util.Optional;

/**
 * The Atlas live migration GET, from {@link LiveMigrationsResource}. The dataset does not change
 * while the server runs, so an answer is written once per path.
 */
public final class LiveMigrationFastRoute implements FastRoute {

    private static final long CACHE_BYTES = 4 * 1024 * 1024;

    private final LiveMigrationsResource resource;
    private final ObjectMapper mapper;
    private final AnswerCache cache = new AnswerCache(CACHE_BYTES);

    public LiveMigrationFastRoute(LiveMigrationsResource resource, ObjectMapper mapper) {
        this.resource = resource;
        this.mapper = mapper;
    }

    @Override
    public String operationId() {
        return "getGroupLiveMigration";
    }

    @Override
    public Optional<Answer> answer(Exchange exchange) {
        String groupId = exchange.route().parameter("groupId");
        String liveMigrationId = exchange.route().parameter("liveMigrationId");
        return cache.get(exchange.target().path(), () -> {
            try {
                return Answer.of(resource.getGroupLiveMigration(groupId, liveMigrationId, false, false), Formatting.NONE, mapper);
            } catch (AtlasApiException notPlain) {
                return Optional.empty();
            }
        });
    }
}
