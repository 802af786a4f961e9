package io.github.mongoapitoolkit.stubs.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A spec path such as {@code /api/v1/groups/{groupId}}: literal segments and whole-segment parameters. */
public record PathTemplate(String text, List<String> segments) {

    public static PathTemplate of(String text) {
        return new PathTemplate(text, List.of(text.substring(1).split("/", -1)));
    }

    /** The parameters of a normalised path this template matches, in template order. */
    public Optional<Map<String, String>> match(String[] pathSegments) {
        if (pathSegments.length != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = null;
        for (int i = 0; i < pathSegments.length; i++) {
            String segment = segments.get(i);
            if (isParameter(segment)) {
                if (pathSegments[i].isEmpty()) {
                    return Optional.empty();
                }
                if (parameters == null) {
                    parameters = new LinkedHashMap<>(4);
                }
                parameters.put(segment.substring(1, segment.length() - 1), pathSegments[i]);
            } else if (!segment.equals(pathSegments[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters == null ? Map.of() : parameters);
    }

    /** How many leading literal segments a path shares with this template: who owns a path nothing matches. */
    int sharedPrefix(String[] pathSegments) {
        int n = 0;
        while (n < pathSegments.length && n < segments.size() && !isParameter(segments.get(n)) && segments.get(n).equals(pathSegments[n])) {
            n++;
        }
        return n;
    }

    /** Literal segments count before parameters: {@code /a/b} wins over {@code /a/{x}} (OpenAPI 3.0.3, Path Templating). */
    int literals() {
        return (int) segments.stream().filter(s -> !isParameter(s)).count();
    }

    private static boolean isParameter(String segment) {
        return segment.length() > 2 && segment.charAt(0) == '{' && segment.charAt(segment.length() - 1) == '}';
    }
}
