package io.github.mongoapitoolkit.specs.check;

import com.github.fge.jsonschema.core.util.RegexECMA262Helper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Every {@code pattern} compiles as a Java regex (the generated {@code @Pattern}) and as an
 * ECMA-262 regex (JSON Schema), and is anchored as a whole.
 */
final class PatternsRule implements SpecRule {

    static final String NOT_JAVA = "pattern-not-java";
    static final String NOT_ECMA = "pattern-not-ecma262";
    static final String NOT_ANCHORED = "pattern-not-anchored";

    @Override
    public List<Finding> check(LoadedSpec spec) {
        List<Finding> findings = new ArrayList<>();
        DefinitionWalker.forEachObject(spec.tree(), (pointer, node) -> {
            if (!node.path("pattern").isTextual()) {
                return;
            }
            String at = pointer + "/pattern";
            String pattern = node.get("pattern").asText();
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                findings.add(spec.finding(NOT_JAVA, at, "does not compile in Java: " + e.getDescription()));
            }
            if (!RegexECMA262Helper.regexIsValid(pattern)) {
                findings.add(spec.finding(NOT_ECMA, at, "is not a valid ECMA-262 regular expression"));
            }
            AnchoredPattern.problem(pattern).ifPresent(problem ->
                    findings.add(spec.finding(NOT_ANCHORED, at, "'" + pattern + "' " + problem)));
        });
        return findings;
    }
}
