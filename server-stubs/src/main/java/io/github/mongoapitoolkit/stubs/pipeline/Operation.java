package io.github.mongoapitoolkit.stubs.pipeline;

import java.util.List;
import java.util.Set;

/**
 * One operation of a spec, as the pipeline needs it: its API (error shape), method and path, the
 * statuses it declares, the credentials its {@code security} accepts (alternatives, each a set of
 * schemes that must all pass; no alternative at all means no authentication) and the media-type
 * versions it serves ({@code x-xgen-version}; empty when it does not negotiate versions), the
 * media types of its request body (empty when it takes none), and the roles its caller needs
 * ({@code x-rolesRequirements}; empty when any caller will do).
 */
public record Operation(Api api, String spec, String operationId, String method, PathTemplate path,
        Set<String> statuses, List<Set<Scheme>> security, List<String> versions, List<String> requestTypes,
        List<String> roles) {

    public boolean authenticates() {
        return !security.isEmpty();
    }

    /** Whether some alternative of the {@code security} requirement is exactly this one scheme. */
    public boolean accepts(Scheme scheme) {
        return security.stream().anyMatch(alternative -> alternative.equals(Set.of(scheme)));
    }
}
