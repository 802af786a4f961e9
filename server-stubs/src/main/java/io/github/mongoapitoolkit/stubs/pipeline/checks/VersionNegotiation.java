package io.github.mongoapitoolkit.stubs.pipeline.checks;

import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import io.github.mongoapitoolkit.stubs.pipeline.Operation;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code Accept: application/vnd.atlas.YYYY-MM-DD+json} the way Atlas does, for an
 * operation whose spec lists dated versions ({@code x-xgen-version}): the newest version dated on
 * or before the requested date. No version, an impossible date or one before every version gets
 * 406 {@code INVALID_VERSION_DATE}. Operations without versions answer JSON whatever Accept asks
 * (mongosync, Ops Manager and the token endpoint document no 406).
 */
public final class VersionNegotiation implements Admission {

    private static final Pattern VERSIONED = Pattern.compile("application/vnd\\.atlas\\.(\\d{4}-\\d{2}-\\d{2})\\+json");

    @Override
    public Optional<Response> check(Exchange exchange) {
        List<String> versions = exchange.route().operation().map(Operation::versions).orElse(List.of());
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> version = resolve(exchange.header("Accept"), versions);
        if (version.isEmpty()) {
            return Optional.of(exchange.api().notAcceptable());
        }
        exchange.negotiated(mediaType(version.get()));
        return Optional.empty();
    }

    public static String mediaType(String version) {
        return "application/vnd.atlas." + version + "+json";
    }

    /** The version an Accept header asks for among an operation's versions (ISO dates, so they sort as text). */
    static Optional<String> resolve(String accept, List<String> versions) {
        Matcher m = VERSIONED.matcher(accept == null ? "" : accept);
        String best = null;
        while (m.find()) {
            try {
                LocalDate requested = LocalDate.parse(m.group(1));
                for (String version : versions) {
                    if (!LocalDate.parse(version).isAfter(requested) && (best == null || version.compareTo(best) > 0)) {
                        best = version;
                    }
                }
            } catch (DateTimeParseException impossibleDate) {
                // another media range may still name a valid version
            }
        }
        return Optional.ofNullable(best);
    }
}
