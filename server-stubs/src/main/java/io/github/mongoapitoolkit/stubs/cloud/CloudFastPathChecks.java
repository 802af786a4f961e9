package io.github.mongoapitoolkit.stubs.cloud;

import io.github.mongoapitoolkit.stubs.fastpath.FastAnswer;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.util.Header;

/**
 * The checks Jersey's filters make on an Atlas or Ops Manager request, for a fast route:
 * {@link CloudAuthentication}, {@link ApiAccessListCheck} and {@link RateLimiting}, the same
 * instances, in the same order. Whatever would not pass leaves the request to Jersey untouched,
 * so that it answers with its challenge or error.
 */
public final class CloudFastPathChecks {

    private final CloudAuthentication authentication;
    private final ApiAccessListCheck accessList;
    private final RateLimiting rateLimiting;

    public CloudFastPathChecks(CloudAuthentication authentication, ApiAccessListCheck accessList, RateLimiting rateLimiting) {
        this.authentication = authentication;
        this.accessList = accessList;
        this.rateLimiting = rateLimiting;
    }

    /**
     * The answer a fast route computed, when a plain GET passes what the filters check:
     * authenticated, its address admitted to the project, and, last, once its answer is known,
     * within its caller's rate limit (the headers an Atlas answer then carries are added). Empty
     * otherwise, and Jersey answers. A request over the limit is then charged again by Jersey,
     * which changes nothing a client sees: past the limit every request of the window gets the
     * same 429, and the window ends at the same time.
     */
    public Optional<FastAnswer> answer(Request request, CloudApi api, String groupId, Supplier<Optional<FastAnswer>> answer) {
        Optional<String> caller = authentication.identity(api, request.getHeader(Header.Authorization), "GET",
                request.getRequestURI()).filter(identity -> accessList.admits(api, groupId, request::getRemoteAddr));
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        return answer.get().flatMap(a -> charge(api, caller.get()).map(a::withHeaders));
    }

    private Optional<Map<String, String>> charge(CloudApi api, String identity) {
        Optional<RateLimiter.Decision> decision = rateLimiting.charge(api, identity);
        if (decision.isEmpty()) {
            return Optional.of(Map.of());
        }
        if (!decision.get().allowed()) {
            return Optional.empty();
        }
        return Optional.of(api == CloudApi.ATLAS ? RateLimiting.headers(decision.get()) : Map.of());
    }
}
