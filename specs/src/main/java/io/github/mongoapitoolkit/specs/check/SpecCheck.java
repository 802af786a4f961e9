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
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: SpecCheck <openapi.yaml>...");
        }
        SpecChecker checker = new SpecChecker();
        List<Finding> findings = new ArrayList<>();
        for (String arg : args) {
            List<Finding> found = checker.check(Path.of(arg));
            System.out.println("spec check: " + arg + ": " + (found.isEmpty() ? "ok" : found.size() + " finding(s)"));
            findings.addAll(found);
        }
        findings.forEach(finding -> System.out.println("  " + finding));
        if (!findings.isEmpty()) {
            throw new SpecCheckFailedException(findings.size() + " spec finding(s), listed above");
        }
    }

    /** Raised when a spec breaks a rule; its message counts the findings printed before it. */
    public static final class SpecCheckFailedException extends RuntimeException {
        public SpecCheckFailedException(String message) {
            super(message);
        }
    }
}
