package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One concern of the ruleset in {@code specs/lint/ruleset.yaml}. Rules read the raw spec tree,
 * so that findings point at what the author wrote (a {@code $ref}, not its target).
 */
public interface LintRule {

    /** The id in the ruleset; MongoDB's IPA id where the rule is one of theirs. */
    String id();

    List<Violation> check(JsonNode spec, RuleOptions options);
}
