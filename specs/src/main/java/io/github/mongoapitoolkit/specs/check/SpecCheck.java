package io.github.mongoapitoolkit.specs.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line entry point the build runs on every spec ({@code ./mvnw -pl specs verify}). It
 * prints one line per finding and fails when there is any. It throws instead of calling
 * {@code System.exit} because Maven runs it inside its own JVM.
 */
public final class SpecCheck {

    private SpecCheck() {
    }

    public static void main(String[] args) {
        run("spec check", new SpecChecker(), args);
    }

    /**
     * Checks every file named in {@code args} with {@code checker}, printing one line per file
     * and per finding under {@code label}, and throws when there is any finding.
     */
    public static void run(String label, SpecChecker checker, String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: <openapi.yaml>...");
        }
        List<Finding> findings = new ArrayList<>();
        for (String arg : args) {
            List<Finding> found = checker.check(Path.of(arg));
            System.out.println(label + ": " + arg + ": " + (found.isEmpty() ? "ok" : found.size() + " finding(s)"));
            findings.addAll(found);
        }
        findings.forEach(finding -> System.out.println("  " + finding));
        if (!findings.isEmpty()) {
            throw new SpecCheckFailedException(findings.size() + " " + label + " finding(s), listed above");
        }
    }

    /** Raised when a spec breaks a rule; its message counts the findings printed before it. */
    public static final class SpecCheckFailedException extends RuntimeException {
        public SpecCheckFailedException(String message) {
            super(message);
        }
    }
}
