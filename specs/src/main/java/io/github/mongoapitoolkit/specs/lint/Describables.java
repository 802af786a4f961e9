package io.github.mongoapitoolkit.specs.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The elements whose descriptions IPA-117 formats: info, operations, parameters, properties and schemas. */
final class Describables {

    private Describables() {
    }

    /** Each element that has a non-blank description, as (pointer, description text). */
    static List<SpecElements.Element> descriptions(JsonNode spec) {
        List<SpecElements.Element> elements = new ArrayList<>();
        elements.add(new SpecElements.Element("/info", spec.path("info")));
        SpecElements.operations(spec).forEach(op -> elements.add(new SpecElements.Element(op.pointer(), op.node())));
        elements.addAll(SpecElements.parameters(spec));
        elements.addAll(SpecElements.properties(spec));
        elements.addAll(SpecElements.schemas(spec));
        List<SpecElements.Element> described = new ArrayList<>();
        for (SpecElements.Element element : elements) {
            String description = element.node().path("description").asText("").strip();
            if (!description.isEmpty()) {
                described.add(new SpecElements.Element(element.pointer(), element.node().get("description")));
            }
        }
        return described;
    }
}
