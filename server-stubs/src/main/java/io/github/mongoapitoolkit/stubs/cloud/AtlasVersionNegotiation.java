package io.github.mongoapitoolkit.stubs.cloud;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the dated version in {@code Accept: application/vnd.atlas.YYYY-MM-DD+json} the way
 * Atlas does: the newest resource version dated on or before the requested date. This resource
 * has one version, 2023-01-01, so any valid date from then on gets it; an earlier date, an
 * impossible date or no version at all gets 406 {@code INVALID_VERSION_DATE}.
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class AtlasVersionNegotiation implements ContainerRequestFilter {

    public static final LocalDate RESOURCE_VERSION = LocalDate.of(2023, 1, 1);
    public static final String MEDIA_TYPE = "application/vnd.atlas.2023-01-01+json";
    private static final Pattern VERSIONED = Pattern.compile("application/vnd\\.atlas\\.(\\d{4}-\\d{2}-\\d{2})\\+json");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith(CloudApi.ATLAS_PREFIX)) {
            return;
        }
        if (!resolves(request.getHeaderString(HttpHeaders.ACCEPT))) {
            throw new AtlasApiException(406, "INVALID_VERSION_DATE", "Invalid accept header or version date.", List.of());
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, MEDIA_TYPE);
    }

    /** Whether an Accept header names a version of this resource. */
    public static boolean resolves(String accept) {
        if (MEDIA_TYPE.equals(accept)) {
            return true;
        }
        Matcher m = VERSIONED.matcher(accept == null ? "" : accept);
        while (m.find()) {
            try {
                if (!LocalDate.parse(m.group(1)).isBefore(RESOURCE_VERSION)) {
                    return true;
                }
            } catch (DateTimeParseException impossibleDate) {
                // another media range may still name a valid version
            }
        }
        return false;
    }
}
