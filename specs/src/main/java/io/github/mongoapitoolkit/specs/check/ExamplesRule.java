package io.github.mongoapitoolkit.specs.check;

import java.util.ArrayList;
import java.util.List;

/** Every example validates against its schema, and every component example is used somewhere. */
final class ExamplesRule implements SpecRule {

    static final String INVALID = "example-invalid";
    static final String UNUSED = "example-unused";

    @Override
    public List<Finding> check(LoadedSpec spec) {
        List<Finding> findings = new ArrayList<>();
        if (spec.model() == null) {
            return findings;
        }
        ExampleCatalogue catalogue = ExampleCatalogue.of(spec);
        ExampleValidator validator = new ExampleValidator(spec);
        for (SpecExample example : catalogue.examples()) {
            for (String problem : validator.problems(example)) {
                findings.add(spec.finding(INVALID, example.definedAt(),
                        "does not validate against the schema at " + example.usedAt() + ": " + problem));
            }
        }
        for (String name : catalogue.unusedComponentExamples(spec)) {
            findings.add(spec.finding(UNUSED, "/components/examples/" + JsonPointers.escape(name),
                    "is not used, so nothing validates it against a schema"));
        }
        return findings;
    }
}
