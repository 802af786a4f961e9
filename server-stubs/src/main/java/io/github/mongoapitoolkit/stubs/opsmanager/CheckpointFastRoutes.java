package io.github.mongoapitoolkit.stubs.opsmanager;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.stubs.cloud.CloudApi;
import io.github.mongoapitoolkit.stubs.cloud.CloudFastPathChecks;
import io.github.mongoapitoolkit.stubs.cloud.OpsManagerApiException;
import io.github.mongoapitoolkit.stubs.fastpath.AnswerCache;
import io.github.mongoapitoolkit.stubs.fastpath.BaseUri;
import io.github.mongoapitoolkit.stubs.fastpath.FastAnswer;
import io.github.mongoapitoolkit.stubs.fastpath.FastRoute;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.util.Header;

/**
 * The Ops Manager checkpoint list (first page, default size) and one checkpoint, from
 * {@link CheckpointsResource}, when the caller is admitted. The dataset does not change while the
 * server runs, so an answer is written once per path and {@code Host}, which its links depend on.
 */
public final class CheckpointFastRoutes implements FastRoute {

    private static final Pattern PATH = Pattern.compile(
            "/api/public/v1\\.0/groups/([0-9A-Za-z_-]+)/clusters/([0-9A-Za-z_-]+)/checkpoints(?:/([0-9A-Za-z_-]+))?");
    private static final long CACHE_BYTES = 16 * 1024 * 1024;

    private final CheckpointsResource resource;
    private final CloudFastPathChecks checks;
    private final ObjectMapper mapper;
    private final AnswerCache cache = new AnswerCache(CACHE_BYTES);

    public CheckpointFastRoutes(CheckpointsResource resource, CloudFastPathChecks checks, ObjectMapper mapper) {
        this.resource = resource;
        this.checks = checks;
        this.mapper = mapper;
    }

    @Override
    public Optional<FastAnswer> answer(Request request) {
        Matcher path = PATH.matcher(request.getRequestURI());
        if (!path.matches()) {
            return Optional.empty();
        }
        String key = request.getScheme() + " " + request.getHeader(Header.Host) + " " + request.getRequestURI();
        return checks.answer(request, CloudApi.OPS_MANAGER, path.group(1), () -> cache.get(key, () -> compute(request, path)));
    }

    private Optional<FastAnswer> compute(Request request, Matcher path) {
        try {
            URI base = BaseUri.of(request);
            Response response = path.group(3) == null
                    ? resource.list(base, path.group(1), path.group(2), 1, 100, true)
                    : resource.one(base, path.group(1), path.group(2), path.group(3));
            return FastAnswer.of(response, mapper);
        } catch (URISyntaxException | OpsManagerApiException notPlain) {
            return Optional.empty();
        }
    }
}
