package io.github.mongoapitoolkit.stubs.proxy;

import io.github.mongoapitoolkit.conformance.ApiSpec;
import io.github.mongoapitoolkit.conformance.DriftCheck;
import io.github.mongoapitoolkit.conformance.MongoApi;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code java -jar mongodb-api-stubs.jar validate --api API FILE.har}: the proxy's judgement of
 * recorded traffic. Entries for other servers (a browser records a page's scripts and images
 * too) are left out: only those under one of the API's path prefixes are judged.
 */
public final class ValidateCommand {

    static final String USAGE = """
            Usage: java -jar mongodb-api-stubs.jar validate --api API FILE.har
                   [--report FILE] [--fail-on violation|drift|never]

            Judges the recorded exchanges of an HTTP Archive (HAR, as browsers and proxies export it)
            against specs/API/openapi.yaml, prints a line per new finding and a summary, writes the
            report as the proxy does, and exits 1 if it found anything at or above --fail-on.
            """;

    private ValidateCommand() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args, System.out));
        } catch (IllegalArgumentException e) {
            System.err.println("mongodb-api-stubs validate: " + e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("mongodb-api-stubs validate: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Validates, reports, and returns the exit status. */
    static int run(String[] args, PrintStream out) throws IOException {
        MongoApi api = null;
        Path har = null;
        Optional<Path> reportFile = Optional.empty();
        FailOn failOn = FailOn.VIOLATION;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help" -> {
                    out.print(USAGE);
                    return 0;
                }
                case "--api" -> api = ProxyOptions.api(value(args, i++));
                case "--report" -> reportFile = Optional.of(Path.of(value(args, i++)));
                case "--fail-on" -> failOn = FailOn.parse(value(args, i++));
                default -> {
                    if (args[i].startsWith("--") || har != null) {
                        throw new IllegalArgumentException("unknown argument " + args[i] + " (see validate --help)");
                    }
                    har = Path.of(args[i]);
                }
            }
        }
        if (api == null || har == null) {
            throw new IllegalArgumentException("validate needs --api and a HAR file (see validate --help)");
        }
        DriftReport report = new DriftReport(api, har.toString(), Clock.systemUTC(), out::println);
        ExchangeJudge judge = new ExchangeJudge(DriftCheck.of(api), report);
        Set<String> prefixes = prefixes(api);
        int outside = 0;
        int skipped = 0;
        for (HarArchive.Entry entry : HarArchive.read(har)) {
            if (entry.request().isEmpty()) {
                if (inScope(HarArchive.target(entry.url()), prefixes)) {
                    out.println("SKIPPED   entry " + entry.index() + " " + entry.url() + ": " + entry.skipped());
                    report.notJudged();
                    skipped++;
                }
                continue;
            }
            if (!inScope(entry.request().get().path(), prefixes)) {
                outside++;
                continue;
            }
            judge.judge(entry.request().get(), entry.response().get());
        }
        reportFile.map(ReportFiles::at).ifPresent(f -> f.write(report));
        int status = report.exitStatus(failOn);
        out.println("Validated " + report.exchanges() + " exchanges of " + har + " (" + outside + " for other servers left out, " + skipped
                + " skipped): " + report.violations() + " violations, " + report.drift() + " drift; exit " + status + " (--fail-on "
                + failOn.name().toLowerCase(Locale.ROOT) + ")");
        return status;
    }

    /** The first three segments of each operation's path, such as {@code /api/atlas/v2/}. */
    static Set<String> prefixes(MongoApi api) {
        Set<String> prefixes = new TreeSet<>();
        for (ApiSpec.Operation operation : api.spec().operations()) {
            String[] segments = operation.pathTemplate().split("/");
            StringBuilder prefix = new StringBuilder();
            for (int i = 1; i < Math.min(segments.length, 4) && !segments[i].startsWith("{"); i++) {
                prefix.append('/').append(segments[i]);
            }
            prefixes.add(prefix.toString());
        }
        return prefixes;
    }

    private static boolean inScope(String path, Set<String> prefixes) {
        return prefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    private static String value(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

}
