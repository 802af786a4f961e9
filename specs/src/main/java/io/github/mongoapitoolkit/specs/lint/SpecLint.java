package io.github.mongoapitoolkit.specs.lint;

import io.github.mongoapitoolkit.specs.check.Finding;
import io.github.mongoapitoolkit.specs.check.LoadedSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lint alone, for {@code ./mvnw -pl specs compile exec:java@lint}: prints one line per finding
 * and fails when there is any. The build runs the same rules as part of the spec check.
 */
public final class SpecLint {

    private SpecLint() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: SpecLint <openapi.yaml>...");
        }
        Linter linter = new Linter();
        List<Finding> findings = new ArrayList<>();
        for (String arg : args) {
            LoadedSpec spec;
            try {
                spec = LoadedSpec.read(Path.of(arg));
            } catch (LoadedSpec.SpecSyntaxException e) {
                findings.add(e.finding());
                continue;
            }
            List<Finding> found = linter.check(spec);
            System.out.println("lint: " + arg + ": " + (found.isEmpty() ? "ok" : found.size() + " finding(s)")
                    + " (" + linter.ruleset().rules().size() + " rules)");
            findings.addAll(found);
        }
        findings.forEach(finding -> System.out.println("  " + finding));
        if (!findings.isEmpty()) {
            throw new LintFailedException(findings.size() + " lint finding(s), listed above");
        }
    }

    /** Raised when a spec breaks a lint rule; its message counts the findings printed before it. */
    public static final class LintFailedException extends RuntimeException {
        public LintFailedException(String message) {
            super(message);
        }
    }
}
