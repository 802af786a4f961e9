package io.github.mongoapitoolkit.specs.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Every {@code $ref} points inside the file, so that the spec is its own bundle: the published
 * artifact is the file as written, and anyone can take that one file and use it.
 */
final class ExternalRefRule implements SpecRule {

    static final String EXTERNAL_REF = "external-ref";

    @Override
    public List<Finding> check(LoadedSpec spec) {
        List<Finding> findings = new ArrayList<>();
        DefinitionWalker.forEachObject(spec.tree(), (pointer, node) -> {
            String ref = node.path("$ref").asText("#");
            if (!ref.startsWith("#")) {
                findings.add(spec.finding(EXTERNAL_REF, pointer + "/$ref",
                        "'" + ref + "' points outside this file; move the definition under components"));
            }
        });
        return findings;
    }
}
