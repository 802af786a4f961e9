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

    private final List<SpecRule> rules = List.of(
            new ParserMessagesRule(),
            new PatternsRule(),
            new ExternalRefRule(),
            new ExamplesRule(),
            new Linter());

    public List<Finding> check(Path specFile) {
        LoadedSpec spec;
        try {
            spec = LoadedSpec.read(specFile);
        } catch (LoadedSpec.SpecSyntaxException e) {
            return List.of(e.finding());
        }
        List<Finding> findings = new ArrayList<>();
        for (SpecRule rule : rules) {
            findings.addAll(rule.check(spec));
        }
        return findings;
    }
}
