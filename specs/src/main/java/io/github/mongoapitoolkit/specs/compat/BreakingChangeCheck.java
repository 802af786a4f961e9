package io.github.mongoapitoolkit.specs.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build step: compares each API's spec with its released baseline, writes
 * {@code <changelog-dir>/<api>.md} and fails on a breaking change that is neither exempt nor
 * released by a major version bump. It throws instead of calling {@code System.exit} because
 * Maven runs it inside its own JVM.
 *
 * <p>Usage: {@code BreakingChangeCheck <specs-dir> <changelog-dir> <api>...}
 */
public final class BreakingChangeCheck {

    private BreakingChangeCheck() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: BreakingChangeCheck <specs-dir> <changelog-dir> <api>...");
        }
        Path specsDir = Path.of(args[0]);
        Path changelogDir = Path.of(args[1]);
        List<String> failures = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String api = args[i];
            BaselineComparison comparison = BaselineComparison.of(ApiBaseline.in(specsDir, api));
            Path changelog = write(changelogDir.resolve(api + ".md"), Changelog.markdown(comparison));
            CompatibilityReport report = comparison.report();
            System.out.println("breaking-change check: " + api + ": " + report.changes().size() + " change(s) since "
                    + report.baselineVersion() + ", " + report.breaking().size() + " breaking, "
                    + report.refused().size() + " refused; changelog " + changelog);
            failures.addAll(report.failures());
        }
        failures.forEach(failure -> System.out.println(failure));
        if (!failures.isEmpty()) {
            throw new BreakingChangeException(failures.size() + " breaking-change finding(s), listed above");
        }
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** The working spec breaks consumers of the released one. */
    public static final class BreakingChangeException extends RuntimeException {
        public BreakingChangeException(String message) {
            super(message);
        }
    }
}
