package io.github.mongoapitoolkit.stubs.cloud;

import java.util.Map;
import java.util.Optional;
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

    /** The caller's identity, when a plain GET is authenticated and its address admitted to the project. */
    public Optional<String> admit(Request request, CloudApi api, String groupId) {
        Optional<String> identity = authentication.identity(api, request.getHeader(Header.Authorization), "GET",
                request.getRequestURI());
        return identity.filter(caller -> accessList.admits(api, groupId, request::getRemoteAddr));
    }

    /**
     * Charges an admitted request to its caller's rate limit, last, when its answer is known: the
     * headers the answer carries, or empty when the caller is over the limit. Jersey then answers
     * the 429 and charges the request again, which changes nothing a client sees: past the limit
     * every request of the window gets the same 429, and the window ends at the same time.
     */
    public Optional<Map<String, String>> charge(CloudApi api, String identity) {
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
