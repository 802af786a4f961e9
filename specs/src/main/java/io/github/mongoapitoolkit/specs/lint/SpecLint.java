package io.github.mongoapitoolkit.specs.lint;

import io.github.mongoapitoolkit.specs.check.SpecCheck;
import io.github.mongoapitoolkit.specs.check.SpecChecker;

/**
 * Lint alone, for {@code ./mvnw -pl specs compile exec:java@lint}: prints one line per finding
 * and fails when there is any. The build runs the same rules as part of the spec check.
 */
public final class SpecLint {

    private SpecLint() {
    }

    public static void main(String[] args) {
        SpecCheck.run("lint", SpecChecker.lintOnly(), args);
    }
}
