package io.github.mongoapitoolkit.specs.check;

import java.util.ArrayList;
import java.util.List;

/**
 * No schema closes itself with {@code additionalProperties: false}: newer servers add fields,
 * and a closed schema turns every addition into a breaking change for clients.
 */
final class AdditionalPropertiesRule implements SpecRule {

    static final String CLOSED_SCHEMA = "additional-properties-false";

    @Override
    public List<Finding> check(LoadedSpec spec) {
        List<Finding> findings = new ArrayList<>();
        DefinitionWalker.forEachObject(spec.tree(), (pointer, node) -> {
            if (node.path("additionalProperties").isBoolean() && !node.get("additionalProperties").asBoolean()) {
                findings.add(spec.finding(CLOSED_SCHEMA, pointer + "/additionalProperties",
                        "additionalProperties: false breaks forward compatibility; remove it"));
            }
        });
        return findings;
    }
}
