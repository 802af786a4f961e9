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
 * The Atlas live migration GET, from {@link LiveMigrationsResource}, for the migrations whose
 * answer does not change with time (those of the dataset, until one is cut over): each is written
 * once per path and simulator generation. Migrations that move are Jersey's to answer.
 */
public final class LiveMigrationFastRoute implements FastRoute {

    private static final long CACHE_BYTES = 4 * 1024 * 1024;

    private final LiveMigrationsResource resource;
    private final LiveMigrationSimulator simulator;
    private final ObjectMapper mapper;
    private final AnswerCache cache = new AnswerCache(CACHE_BYTES);

    public LiveMigrationFastRoute(LiveMigrationsResource resource, LiveMigrationSimulator simulator, ObjectMapper mapper) {
        this.resource = resource;
        this.simulator = simulator;
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
        long generation = simulator.generation();
        if (!simulator.isUnchanging(groupId, liveMigrationId)) {
            return Optional.empty();
        }
        return cache.get(generation + exchange.target().path(), () -> {
            try {
                // Sent as the version negotiated (the one this operation serves), as ApplyExchange does for Jersey.
                return Answer.of(resource.getGroupLiveMigration(groupId, liveMigrationId, false, false), Formatting.NONE, mapper)
                        .map(a -> new Answer(a.status(), exchange.mediaType() + ";charset=utf-8", a.headers(), a.body()));
            } catch (AtlasApiException notPlain) {
                return Optional.empty();
            }
        });
    }
}
