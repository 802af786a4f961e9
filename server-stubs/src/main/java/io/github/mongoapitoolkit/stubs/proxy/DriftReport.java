package io.github.mongoapitoolkit.stubs.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mongoapitoolkit.conformance.Finding;
import io.github.mongoapitoolkit.conformance.MongoApi;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * What a proxy run or a {@code validate} run found, counted as it happens: each distinct finding
 * (kind, rule, operation, place) once, with how often, first and last seen, the first example and
 * the suggested spec fragment; and per operation the exchanges, violations and drift. A finding
 * seen for the first time is printed as one line; repeats are counted, not printed, so a hot
 * endpoint does not flood the log. Thread-safe.
 */
final class DriftReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private record Key(Finding.Kind kind, String rule, String operation, String place) {
    }

    private static final class Seen {
        final Finding first;
        final Instant firstSeen;
        final LongAdder count = new LongAdder();
        volatile Instant lastSeen;

        Seen(Finding first, Instant at) {
            this.first = first;
            this.firstSeen = at;
            this.lastSeen = at;
        }
    }

    private static final class PerOperation {
        final LongAdder exchanges = new LongAdder();
        final LongAdder violations = new LongAdder();
        final LongAdder drift = new LongAdder();
    }

    private final MongoApi api;
    private final String source;
    private final Clock clock;
    private final Consumer<String> lines;
    private final Instant started;
    private final Map<Key, Seen> findings = new ConcurrentHashMap<>();
    private final Map<String, PerOperation> operations = new ConcurrentHashMap<>();
    private final LongAdder exchanges = new LongAdder();
    private final LongAdder notJudged = new LongAdder();
    private final LongAdder notForwarded = new LongAdder();
    private final LongAdder violations = new LongAdder();
    private final LongAdder drift = new LongAdder();
    private final LongAdder version = new LongAdder();

    /**
     * @param source where the traffic came from: the upstream's URL, or the HAR file
     * @param lines  where a line per new finding goes (standard output)
     */
    DriftReport(MongoApi api, String source, Clock clock, Consumer<String> lines) {
        this.api = api;
        this.source = source;
        this.clock = clock;
        this.lines = lines;
        this.started = clock.instant();
    }

    /** One judged exchange of an operation ({@code null} for a request no operation declares) and what it had. */
    void record(String operation, List<Finding> found) {
        exchanges.increment();
        PerOperation perOperation = operations.computeIfAbsent(operation == null ? "(undeclared)" : operation, o -> new PerOperation());
        perOperation.exchanges.increment();
        version.increment();
        if (found.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (Finding finding : found) {
            (finding.isDrift() ? drift : violations).increment();
            (finding.isDrift() ? perOperation.drift : perOperation.violations).increment();
            Key key = new Key(finding.kind(), finding.rule(), finding.operation().orElse(""), place(finding));
            Seen seen = findings.get(key);
            if (seen == null) {
                Seen fresh = new Seen(finding, now);
                seen = findings.putIfAbsent(key, fresh);
                if (seen == null) {
                    seen = fresh;
                    lines.accept(line(finding));
                }
            }
            seen.count.increment();
            seen.lastSeen = now;
        }
    }

    /** An exchange forwarded but not judged (a body over the copy limit, an encoding the judge cannot read). */
    void notJudged() {
        notJudged.increment();
        version.increment();
    }

    /** A request the proxy answered itself: malformed, or the upstream did not answer. */
    void notForwarded() {
        notForwarded.increment();
        version.increment();
    }

    long violations() {
        return violations.sum();
    }

    long drift() {
        return drift.sum();
    }

    long exchanges() {
        return exchanges.sum();
    }

    /** Changes with every recorded exchange: the periodic writer skips a report that has not changed. */
    long version() {
        return version.sum();
    }

    /** Each distinct finding, as first seen, in the report's order. */
    List<Finding> distinct() {
        return sorted().stream().map(e -> e.getValue().first).toList();
    }

    int exitStatus(FailOn failOn) {
        return failOn.fails(violations(), drift()) ? 1 : 0;
    }

    static String line(Finding finding) {
        return String.format("%-9s %s %s [%s]%s: %s", finding.kind(), finding.operation().orElse("(undeclared)"),
                finding.pointer().orElse("-"), finding.rule(), finding.example().map(e -> " = " + e).orElse(""), finding.message());
    }

    ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("api", api.specName()).put("source", source).put("started", started.toString())
                .put("written", clock.instant().toString());
        root.put("exchanges", exchanges.sum()).put("notJudged", notJudged.sum()).put("notForwarded", notForwarded.sum());
        root.put("violations", violations.sum()).put("drift", drift.sum());
        ObjectNode perOperation = root.putObject("operations");
        new TreeMap<>(operations).forEach((name, stats) -> perOperation.putObject(name).put("exchanges", stats.exchanges.sum())
                .put("violations", stats.violations.sum()).put("drift", stats.drift.sum()));
        ArrayNode list = root.putArray("findings");
        for (Map.Entry<Key, Seen> entry : sorted()) {
            Finding f = entry.getValue().first;
            ObjectNode node = list.addObject();
            node.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT)).put("rule", f.rule());
            node.put("operation", f.operation().orElse(null)).put("pointer", f.pointer().orElse(null));
            f.example().ifPresent(e -> node.set("example", e));
            node.put("message", f.message()).put("count", entry.getValue().count.sum())
                    .put("firstSeen", entry.getValue().firstSeen.toString()).put("lastSeen", entry.getValue().lastSeen.toString());
            f.suggestion().ifPresent(s -> node.putObject("suggestion").put("location", s.location()).put("fragment", s.fragment()));
        }
        return root;
    }

    String toJsonText() {
        try {
            return JSON.writeValueAsString(toJson()) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Drift report: ").append(api.specName()).append("\n\n");
        md.append("Traffic from ").append(source).append(", ").append(started).append(" to ").append(clock.instant()).append(".\n\n");
        md.append("- exchanges judged: ").append(exchanges.sum()).append('\n');
        md.append("- violations: ").append(violations.sum()).append(" (the server breaks the spec)\n");
        md.append("- drift: ").append(drift.sum()).append(" (the server says what the spec does not know yet)\n");
        if (notJudged.sum() > 0) {
            md.append("- forwarded but not judged: ").append(notJudged.sum()).append(" (a body over ")
                    .append(BodyCopy.LIMIT / (1024 * 1024)).append(" MiB or an encoding other than gzip and deflate)\n");
        }
        if (notForwarded.sum() > 0) {
            md.append("- answered by the proxy itself: ").append(notForwarded.sum()).append(" (malformed requests, upstream not answering)\n");
        }
        md.append("\n## Per operation\n\n| operation | exchanges | violations | drift |\n|---|---:|---:|---:|\n");
        new TreeMap<>(operations).forEach((name, stats) -> md.append("| ").append(name).append(" | ").append(stats.exchanges.sum())
                .append(" | ").append(stats.violations.sum()).append(" | ").append(stats.drift.sum()).append(" |\n"));
        List<Map.Entry<Key, Seen>> sorted = sorted();
        md.append("\n## Findings\n\n");
        if (sorted.isEmpty()) {
            md.append("None: every exchange was what the spec says.\n");
        } else {
            md.append("| kind | operation | pointer | rule | example | count | first seen | last seen |\n|---|---|---|---|---|---:|---|---|\n");
            for (Map.Entry<Key, Seen> entry : sorted) {
                Finding f = entry.getValue().first;
                md.append("| ").append(f.kind().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                        .append(f.operation().orElse("(undeclared)")).append(" | `").append(f.pointer().orElse("-")).append("` | `")
                        .append(f.rule()).append("` | ").append(f.example().map(e -> "`" + cell(e.toString()) + "`").orElse(""))
                        .append(" | ").append(entry.getValue().count.sum()).append(" | ").append(entry.getValue().firstSeen)
                        .append(" | ").append(entry.getValue().lastSeen).append(" |\n");
            }
            md.append("\n");
            for (Map.Entry<Key, Seen> entry : sorted) {
                Finding f = entry.getValue().first;
                md.append("- **").append(f.operation().orElse("(undeclared)")).append("** `").append(f.pointer().orElse("-"))
                        .append("`: ").append(cell(f.message())).append('\n');
            }
        }
        List<Finding> suggestions = sorted.stream().map(e -> e.getValue().first).filter(f -> f.suggestion().isPresent()).toList();
        if (!suggestions.isEmpty()) {
            md.append("\n## Suggested spec changes\n\nReview each, add it to `specs/").append(api.specName())
                    .append("/openapi.yaml` at the location given, then follow the README's \"Changing a spec\".\n");
            for (Finding f : suggestions) {
                md.append("\n### ").append(f.rule()).append(": ").append(f.operation().orElse("(undeclared)"))
                        .append(f.pointer().map(p -> " `" + p + "`").orElse("")).append("\n\nAt `")
                        .append(f.suggestion().get().location()).append("`:\n\n```yaml\n").append(f.suggestion().get().fragment())
                        .append("```\n");
            }
        }
        return md.toString();
    }

    private List<Map.Entry<Key, Seen>> sorted() {
        List<Map.Entry<Key, Seen>> sorted = new ArrayList<>(findings.entrySet());
        sorted.sort(Comparator.<Map.Entry<Key, Seen>, Finding.Kind>comparing(e -> e.getKey().kind())
                .thenComparing(e -> e.getKey().operation()).thenComparing(e -> e.getKey().place()).thenComparing(e -> e.getKey().rule()));
        return sorted;
    }

    /** Where in an answer a finding is: its pointer with array indices as {@code *}, else what it is about. */
    private static String place(Finding finding) {
        return finding.pointer().map(p -> p.replaceAll("/\\d+(?=/|$)", "/*")).orElse(finding.message());
    }

    private static String cell(String text) {
        String flat = text.replace("|", "\\|").replace("\n", " ");
        return flat.length() > 120 ? flat.substring(0, 120) + "..." : flat;
    }
}
