package io.github.mongoapitoolkit.specs.lint;

import io.github.mongoapitoolkit.specs.check.Finding;
import io.github.mongoapitoolkit.specs.check.LoadedSpec;
import io.github.mongoapitoolkit.specs.check.SpecRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the ruleset over a spec: each rule of {@code specs/lint/ruleset.yaml} with its options,
 * minus the violations an {@code x-xgen-IPA-exception} excuses. The ruleset file and the rule
 * classes must name the same rules, so neither can drift from the other.
 */
public final class Linter implements SpecRule {

    private final Ruleset ruleset;
    private final Map<String, LintRule> rules;

    public Linter() {
        this(Ruleset.load());
    }

    Linter(Ruleset ruleset) {
        this.ruleset = ruleset;
        Set<String> ids = ruleset.rules().keySet();
        this.rules = Stream.of(
                        new DescriptionPresentRule(),
                        new DescriptionStartsUpperCaseRule(),
                        new DescriptionEndsWithPeriodRule(),
                        new SummaryTitleCaseRule(),
                        new EnumUpperSnakeCaseRule(),
                        new DateTimeMentionsIso8601Rule(),
                        new AuthErrorsRule(),
                        new ErrorResponseSchemaRule(),
                        new ErrorResponseNamedRule(),
                        new ErrorResponseExampleRule(),
                        new OperationDeclaresErrorsRule(),
                        new OperationIdUniqueRule(),
                        new OperationIdVerbFirstRule(),
                        new IdParameterObjectIdRule(),
                        new NoClosedSchemaRule(),
                        new ExceptionFormatRule(ids))
                .collect(Collectors.toMap(LintRule::id, Function.identity()));
        if (!rules.keySet().equals(ids)) {
            Set<String> unimplemented = new TreeSet<>(ids);
            unimplemented.removeAll(rules.keySet());
            Set<String> unlisted = new TreeSet<>(rules.keySet());
            unlisted.removeAll(ids);
            throw new IllegalStateException(Ruleset.RESOURCE + " and the rule classes disagree: not implemented "
                    + unimplemented + ", not in the ruleset " + unlisted);
        }
    }

    public Ruleset ruleset() {
        return ruleset;
    }

    @Override
    public List<Finding> check(LoadedSpec spec) {
        Set<Finding> findings = new LinkedHashSet<>();
        for (Ruleset.Definition definition : ruleset.rules().values()) {
            for (Violation violation : rules.get(definition.id()).check(spec.tree(), definition.options())) {
                boolean excepted = !definition.id().equals(ExceptionFormatRule.ID)
                        && LintExceptions.excepts(spec.tree(), violation.pointer(), definition.id());
                if (!excepted) {
                    findings.add(spec.finding(definition.id(), violation.pointer(), definition.message() + " " + violation.detail() + "."));
                }
            }
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::ruleId));
        return sorted;
    }
}
