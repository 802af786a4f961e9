package io.github.mongoapitoolkit.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Header maps as clients hand them over, made safe to keep: names compared without case, no null name. */
final class Headers {

    private Headers() {
    }

    /** HttpURLConnection's map has the status line under a null name; it is not a header. */
    static Map<String, List<String>> copy(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null && values != null) {
                copy.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
            }
        });
        copy.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(copy);
    }
}
