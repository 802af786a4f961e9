package io.github.mongoapitoolkit.contracts.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.mongoapitoolkit.contracts.ApiContract;
import io.github.mongoapitoolkit.conformance.ApiSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The cases cover every property the spec declares, read from the cases' content rather than
 * their names: a nullable property has a valid case with it null, any other an invalid one; a
 * required property an invalid case without it, an optional one a valid case without it; every
 * enum value a valid case and the enum an invalid one; every pattern a valid and an invalid case.
 * A property added to a spec without its cases fails here, naming what is missing.
 */
class CaseCompletenessTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiContract.class)
    void everyPropertyOfEverySchemaHasItsCases(ApiContract api) {
        ApiSpec spec = api.spec();
        List<ConformanceCase> cases = ConformanceCase.all().stream().filter(c -> c.api() == api).toList();
        List<String> missing = new ArrayList<>();
        spec.tree().path("components").path("schemas").fields().forEachRemaining(entry -> {
            String schema = entry.getKey();
            JsonNode definition = entry.getValue();
            List<ConformanceCase> own = cases.stream().filter(c -> c.schema().equals(schema)).toList();
            Optional<JsonNode> base = own.stream().filter(c -> c.valid() && c.value().isObject() && c.response().isEmpty())
                    .map(ConformanceCase::value).findFirst();
            Draft draft = (valid, behaviour, change) -> CaseDrafts.write(api, schema, base, valid, behaviour, change);
            Set<String> required = new HashSet<>();
            definition.path("required").forEach(r -> required.add(r.asText()));
            definition.path("properties").fields().forEachRemaining(p -> {
                String name = p.getKey();
                JsonNode property = spec.resolve(p.getValue());
                boolean nullable = p.getValue().path("nullable").asBoolean() || property.path("nullable").asBoolean();
                expect(missing, own, schema, name + " null", nullable, c -> c.value().path(name).isNull() && c.value().has(name),
                        () -> draft.write(nullable, name + "-null", CaseDrafts.set(name, NullNode.getInstance())));
                boolean isRequired = required.contains(name);
                expect(missing, own, schema, name + " absent", !isRequired, c -> c.value().isObject() && !c.value().has(name),
                        () -> draft.write(!isRequired, name + "-absent", CaseDrafts.remove(name)));
                property.path("enum").forEach(value -> {
                    if (!value.isNull()) {
                        expect(missing, own, schema, name + " = " + value.asText(), true, c -> c.value().path(name).equals(value),
                                () -> draft.write(true, name + "-" + value.asText(), CaseDrafts.set(name, value)));
                    }
                });
                if (property.has("enum")) {
                    expectBreaks(missing, own, schema, name + " outside its enum", "enum",
                            () -> draft.write(false, name + "-outside-enum", CaseDrafts.set(name, TextNode.valueOf("NOT_IN_THE_SPEC"))));
                }
            });
            if (definition.has("pattern")) {
                expect(missing, own, schema, "a value matching its pattern", true, c -> c.value().isTextual(), Optional::empty);
                expectBreaks(missing, own, schema, "a value missing its pattern", "pattern", Optional::empty);
            }
            if (definition.has("enum")) {
                // A value of an enum schema is its own case: the draft is the value itself.
                definition.path("enum").forEach(value -> expect(missing, own, schema, "= " + value.asText(), true,
                        c -> c.value().equals(value), () -> CaseDrafts.write(api, schema, Optional.of(value), true, value.asText(), v -> v)));
                expectBreaks(missing, own, schema, "a value outside its enum", "enum", () -> CaseDrafts.write(api, schema,
                        Optional.of(TextNode.valueOf("NOT_IN_THE_SPEC")), false, "outside-enum", v -> v));
            }
        });
        assertThat(missing).as("cases missing under src/test/resources/cases/%s. Drafts of them, to review and copy "
                + "(cp -r contract-tests/%s/%s/* contract-tests/src/test/resources/cases/%s/), are listed after each",
                api.provider(), CaseDrafts.ROOT, api.provider(), api.provider()).isEmpty();
    }

    /** Writes a ready case file for a missing case. */
    private interface Draft {
        Optional<java.nio.file.Path> write(boolean valid, String behaviour, java.util.function.UnaryOperator<JsonNode> change);
    }

    private static void expect(List<String> missing, List<ConformanceCase> cases, String schema, String what, boolean valid,
            java.util.function.Predicate<ConformanceCase> shows, Supplier<Optional<java.nio.file.Path>> draft) {
        if (cases.stream().filter(c -> c.valid() == valid).noneMatch(shows)) {
            missing.add(schema + ": no " + (valid ? "valid" : "invalid") + " case with " + what + drafted(draft.get()));
        }
    }

    private static void expectBreaks(List<String> missing, List<ConformanceCase> cases, String schema, String what, String rule,
            Supplier<Optional<java.nio.file.Path>> draft) {
        if (Stream.of(rule).noneMatch(r -> cases.stream().anyMatch(c -> c.breaks().filter(r::equals).isPresent()))) {
            missing.add(schema + ": no invalid case with " + what + drafted(draft.get()));
        }
    }

    private static String drafted(Optional<java.nio.file.Path> file) {
        return file.map(f -> "; draft: contract-tests/" + f).orElse("; no draft (no valid case of the schema to start from)");
    }
}
