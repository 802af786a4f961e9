package io.github.mongoapitoolkit.stubs.opsmanager;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.stubs.cloud.OpsManagerApiException;
import io.github.mongoapitoolkit.stubs.pipeline.Answer;
import io.github.mongoapitoolkit.stubs.pipeline.AnswerCache;
import io.github.mongoapitoolkit.stubs.pipeline.BaseUri;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import io.github.mongoapitoolkit.stubs.pipeline.FastRoute;
import io.github.mongoapitoolkit.stubs.pipeline.Formatting;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * The Ops Manager checkpoint list (first page, default size) and one checkpoint, from
 * {@link CheckpointsResource}. The dataset does not change while the server runs, so an answer is
 * written once per path and {@code Host}, which its links depend on.
 */
public final class CheckpointFastRoutes {

    private static final long CACHE_BYTES = 16 * 1024 * 1024;

    private CheckpointFastRoutes() {
    }

    public static List<FastRoute> of(CheckpointsResource resource, ObjectMapper mapper) {
        AnswerCache cache = new AnswerCache(CACHE_BYTES);
        return List.of(
                route("listCheckpoints", cache, mapper, (exchange, base) -> resource.list(base,
                        exchange.route().parameter("groupId"), exchange.route().parameter("clusterId"), 1, 100, true)),
                route("getCheckpoint", cache, mapper, (exchange, base) -> resource.one(base, exchange.route().parameter("groupId"),
                        exchange.route().parameter("clusterId"), exchange.route().parameter("checkpointId"))));
    }

    private interface Page {
        Response answer(Exchange exchange, URI base);
    }

    private static FastRoute route(String operationId, AnswerCache cache, ObjectMapper mapper, Page page) {
        return new FastRoute() {
            @Override
            public String operationId() {
                return operationId;
            }

            @Override
            public Optional<Answer> answer(Exchange exchange) {
                String key = exchange.request().getScheme() + " " + exchange.header("Host") + " " + exchange.target().path();
                return cache.get(key, () -> {
                    try {
                        return Answer.of(page.answer(exchange, BaseUri.of(exchange.request())), Formatting.NONE, mapper);
                    } catch (URISyntaxException | OpsManagerApiException notPlain) {
                        return Optional.empty();
                    }
                });
            }
        };
    }
}
