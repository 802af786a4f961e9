package io.github.mongoapitoolkit.specs.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code nullable} schema with an {@code enum} lists {@code null} among its values. JSON Schema
 * validators check {@code enum} before, and regardless of, OpenAPI's {@code nullable}, so without
 * it a null the spec allows is refused; OpenAPI-aware tools such as Specmatic reject the spec
 * outright ("Enum values must contain null if the enum is marked nullable").
 */
final class NullableEnumRule implements SpecRule {

    static final String ID = "nullable-enum-without-null";

    @Override
    public List<Finding> check(LoadedSpec spec) {
        List<Finding> findings = new ArrayList<>();
        DefinitionWalker.forEachObject(spec.tree(), (pointer, node) -> {
            if (node.path("nullable").asBoolean() && node.path("enum").isArray()) {
                boolean listsNull = false;
                for (var value : node.get("enum")) {
                    listsNull |= value.isNull();
                }
                if (!listsNull) {
                    findings.add(spec.finding(ID, pointer + "/enum", "is nullable but its enum does not list null"));
                }
            }
        });
        return findings;
    }
}
