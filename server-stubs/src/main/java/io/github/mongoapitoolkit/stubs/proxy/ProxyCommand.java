package io.github.mongoapitoolkit.stubs.proxy;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code java -jar mongodb-api-stubs.jar proxy ...}: runs the validating proxy until SIGTERM or
 * Ctrl-C, then finishes the report and exits with what {@code --fail-on} makes of it.
 */
public final class ProxyCommand {

    static final long REPORT_EVERY_SECONDS = 5;

    private ProxyCommand() {
    }

    public static void main(String[] args) {
        ProxyOptions options;
        try {
            options = ProxyOptions.parse(args);
        } catch (ProxyOptions.HelpRequested e) {
            System.out.print(ProxyOptions.USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("mongodb-api-stubs proxy: " + e.getMessage());
            System.exit(2);
            return;
        }
        PrintStream out = System.out;
        DriftReport report = new DriftReport(options.api(), options.upstream().toString(), Clock.systemUTC(), out::println);
        Optional<ReportFiles> files = options.report().map(ReportFiles::at);
        ValidatingProxy proxy;
        try {
            proxy = ValidatingProxy.start(options.api(), options.upstream(), options.bind(), options.port(), report);
        } catch (UncheckedIOException e) {
            System.err.println("mongodb-api-stubs proxy: " + e.getMessage());
            System.exit(1);
            return;
        }
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "report-writer");
            thread.setDaemon(true);
            return thread;
        });
        AtomicLong written = new AtomicLong(-1);
        files.ifPresent(f -> {
            f.write(report);
            writer.scheduleWithFixedDelay(() -> writeIfChanged(f, report, written), REPORT_EVERY_SECONDS, REPORT_EVERY_SECONDS,
                    TimeUnit.SECONDS);
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            writer.shutdownNow();
            proxy.close();
            files.ifPresent(f -> f.write(report));
            int status = report.exitStatus(options.failOn());
            out.println("Stopped: " + report.exchanges() + " exchanges, " + report.violations() + " violations, " + report.drift()
                    + " drift" + files.map(f -> "; report " + f.json() + " and " + f.markdown()).orElse("") + "; exit " + status
                    + " (--fail-on " + options.failOn().name().toLowerCase(java.util.Locale.ROOT) + ")");
            out.flush();
            // A shutdown hook cannot return a status; halting from it is how a SIGTERM'd JVM exits with one.
            Runtime.getRuntime().halt(status);
        }, "proxy-shutdown"));
        out.println("Validating proxy    " + proxy.uri() + " -> " + options.upstream() + " (specs/" + options.api().specName()
                + "/openapi.yaml)");
        files.ifPresent(f -> out.println("Report              " + f.json() + " and " + f.markdown() + ", every " + REPORT_EVERY_SECONDS
                + " s and on exit"));
        out.println("Fail on             " + options.failOn().name().toLowerCase(java.util.Locale.ROOT) + "; stop with SIGTERM or Ctrl-C");
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void writeIfChanged(ReportFiles files, DriftReport report, AtomicLong written) {
        long version = report.version();
        if (version != written.get()) {
            try {
                files.write(report);
                written.set(version);
            } catch (UncheckedIOException e) {
                System.err.println("mongodb-api-stubs proxy: " + e.getMessage());
            }
        }
    }

}
