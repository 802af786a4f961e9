package io.github.mongoapitoolkit.stubs.atlas;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.stubs.cloud.AtlasApiException;
import io.github.mongoapitoolkit.stubs.cloud.AtlasVersionNegotiation;
import io.github.mongoapitoolkit.stubs.cloud.CloudApi;
import io.github.mongoapitoolkit.stubs.cloud.CloudFastPathChecks;
import io.github.mongoapitoolkit.stubs.fastpath.AnswerCache;
import io.github.mongoapitoolkit.stubs.fastpath.FastAnswer;
import io.github.mongoapitoolkit.stubs.fastpath.FastRoute;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.util.Header;

/**
 * The Atlas live migration GET, from {@link LiveMigrationsResource}, when the caller is admitted.
 * The dataset does not change while the server runs, so an answer is written once per path.
 */
public final class LiveMigrationFastRoute implements FastRoute {

    private static final long CACHE_BYTES = 4 * 1024 * 1024;
    private static final Pattern PATH = Pattern.compile("/api/atlas/v2/groups/([0-9A-Za-z_-]+)/liveMigrations/([0-9A-Za-z_-]+)");

    private final LiveMigrationsResource resource;
    private final CloudFastPathChecks checks;
    private final ObjectMapper mapper;
    private final AnswerCache cache = new AnswerCache(CACHE_BYTES);

    public LiveMigrationFastRoute(LiveMigrationsResource resource, CloudFastPathChecks checks, ObjectMapper mapper) {
        this.resource = resource;
        this.checks = checks;
        this.mapper = mapper;
    }

    @Override
    public Optional<FastAnswer> answer(Request request) {
        Matcher path = PATH.matcher(request.getRequestURI());
        if (!path.matches() || !AtlasVersionNegotiation.resolves(request.getHeader(Header.Accept))) {
            return Optional.empty();
        }
        String groupId = path.group(1);
        return checks.answer(request, CloudApi.ATLAS, groupId,
                () -> cache.get(request.getRequestURI(), () -> compute(groupId, path.group(2))));
    }

    private Optional<FastAnswer> compute(String groupId, String liveMigrationId) {
        try {
            return FastAnswer.of(resource.getGroupLiveMigration(groupId, liveMigrationId, false, false), mapper);
        } catch (AtlasApiException notPlain) {
            return Optional.empty();
        }
    }
}
