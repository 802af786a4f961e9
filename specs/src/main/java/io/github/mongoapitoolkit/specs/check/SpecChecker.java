package io.github.mongoapitoolkit.specs.check;

import io.github.mongoapitoolkit.specs.lint.Linter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every {@link SpecRule} over a spec: that it parses, that its patterns and examples are
 * sound, and the lint ruleset ({@link Linter}).
 */
public final class SpecChecker {

    private final List<SpecRule> rules;

    /** Every check: the spec is sound, then the lint ruleset. */
    public SpecChecker() {
        this(List.of(new ParserMessagesRule(), new PatternsRule(), new NullableEnumRule(), new ExternalRefRule(), new ExamplesRule(), new Linter()));
    }

    private SpecChecker(List<SpecRule> rules) {
        this.rules = rules;
    }

    /** The lint ruleset alone. */
    public static SpecChecker lintOnly() {
        return new SpecChecker(List.of(new Linter()));
    }

    public List<Finding> check(Path specFile) {
        try {
            return check(LoadedSpec.read(specFile));
        } catch (LoadedSpec.SpecSyntaxException e) {
            return List.of(e.finding());
        }
    }

    /** Checks spec text that is not a file of its own; findings name it {@code name}. */
    public List<Finding> check(Path name, String text) {
        try {
            return check(LoadedSpec.parse(name, text));
        } catch (LoadedSpec.SpecSyntaxException e) {
            return List.of(e.finding());
        }
    }

    private List<Finding> check(LoadedSpec spec) {
        List<Finding> findings = new ArrayList<>();
        for (SpecRule rule : rules) {
            findings.addAll(rule.check(spec));
        }
        return findings;
    }
}
