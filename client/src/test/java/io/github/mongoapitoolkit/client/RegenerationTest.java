package io.github.mongoapitoolkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import io.github.mongoapitoolkit.specs.compat.ApiBaseline;
import io.github.mongoapitoolkit.specs.compat.BaselineComparison;
import io.github.mongoapitoolkit.specs.compat.CompatibilityReport;
import io.github.mongoapitoolkit.specs.compat.SpecChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * A spec change as the build sees it: the breaking-change gate judges it against the published
 * spec, then the client is regenerated with the generator options the build uses. An additive
 * change passes the gate, changes exactly the model that holds the new field, and compiles; a
 * removed response field is refused, naming the field.
 */
class RegenerationTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String API = "atlas-live-migrations";
    /** The spec as the build generated this module from: the published spec artifact. */
    private static final Path SPEC = Path.of("target", "specs", API + ".yaml");
    private static final Path OPTIONS = Path.of("openapi-generator", "java-client.yaml");
    private static final String MODEL = "src/main/java/io/github/mongoapitoolkit/atlas/client/model/LiveMigrationResponse.java";

    @TempDir
    Path work;

    @Test
    void addingAnOptionalResponseFieldPassesTheGateChangesOnlyItsModelAndCompiles() throws Exception {
        ObjectNode spec = (ObjectNode) YAML.readTree(SPEC.toFile());
        ((ObjectNode) spec.at("/components/schemas/LiveMigrationResponse/properties")).putObject("cutoverWindowHours")
                .put("type", "integer").put("format", "int32")
                .put("description", "Hours left before the cutover window expires.");
        Path changedSpec = changedSpec(spec);

        CompatibilityReport report = BaselineComparison.of(ApiBaseline.in(work.resolve("specs"), API)).report();
        assertThat(report.failures()).isEmpty();
        // LiveMigrationResponse answers both the GET and create: the gate names the field once per operation.
        assertThat(report.changes()).extracting(SpecChange::operation, SpecChange::field, change -> change.kind().id())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("getGroupLiveMigration", "cutoverWindowHours", "response-field-added"),
                        org.assertj.core.groups.Tuple.tuple("createGroupLiveMigration", "cutoverWindowHours", "response-field-added"));

        Path before = generate(SPEC, work.resolve("before"));
        Path after = generate(changedSpec, work.resolve("after"));

        assertThat(changedFiles(before, after)).filteredOn(file -> file.endsWith(".java")).containsExactly(MODEL);
        assertThat(Files.readString(after.resolve(MODEL)))
                .contains("public Integer getCutoverWindowHours()")
                .contains("JSON_PROPERTY_CUTOVER_WINDOW_HOURS = \"cutoverWindowHours\"");
        assertThat(compile(after)).as("javac exit code").isZero();
    }

    @Test
    void removingAResponseFieldFailsTheGateNamingTheField() throws Exception {
        ObjectNode spec = (ObjectNode) YAML.readTree(SPEC.toFile());
        ((ObjectNode) spec.at("/components/schemas/LiveMigrationResponse/properties")).remove("lagTimeSeconds");
        changedSpec(spec);

        CompatibilityReport report = BaselineComparison.of(ApiBaseline.in(work.resolve("specs"), API)).report();

        assertThat(report.failures()).hasSize(2).anySatisfy(failure -> assertThat(failure).startsWith(
                "breaking change in atlas-live-migrations: getGroupLiveMigration (GET /api/atlas/v2/groups/{groupId}/liveMigrations/{liveMigrationId}), "
                        + "response 200, field lagTimeSeconds: response field removed.")).anySatisfy(failure -> assertThat(failure).startsWith(
                "breaking change in atlas-live-migrations: createGroupLiveMigration (POST /api/atlas/v2/groups/{groupId}/liveMigrations), "
                        + "response 201, field lagTimeSeconds: response field removed."));
    }

    /** Lays out specs/<api>/released/openapi.yaml (the published spec) and the changed working spec. */
    private Path changedSpec(ObjectNode spec) throws IOException {
        ApiBaseline files = ApiBaseline.in(work.resolve("specs"), API);
        Files.createDirectories(files.baseline().getParent());
        Files.copy(SPEC, files.baseline());
        YAML.writeValue(files.working().toFile(), spec);
        return files.working();
    }

    private static Path generate(Path spec, Path output) {
        CodegenConfigurator configurator = CodegenConfigurator.fromFile(OPTIONS.toString());
        configurator.setGeneratorName("java").setLibrary("jersey3")
                .setInputSpec(spec.toString()).setOutputDir(output.toString())
                .setApiPackage("io.github.mongoapitoolkit.atlas.client.api")
                .setModelPackage("io.github.mongoapitoolkit.atlas.client.model")
                .setInvokerPackage("io.github.mongoapitoolkit.atlas.client.invoker");
        for (String off : List.of("apiTests", "modelTests", "apiDocs", "modelDocs")) {
            configurator.addGlobalProperty(off, "false");
        }
        new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
        return output;
    }

    private static Set<String> changedFiles(Path before, Path after) throws IOException {
        Map<String, byte[]> old = contents(before);
        Map<String, byte[]> current = contents(after);
        Set<String> changed = new TreeSet<>();
        for (String file : current.keySet()) {
            if (!Arrays.equals(current.get(file), old.get(file))) {
                changed.add(file);
            }
        }
        old.keySet().stream().filter(file -> !current.containsKey(file)).forEach(changed::add);
        return changed;
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                try {
                    files.put(root.relativize(file).toString(), Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    private int compile(Path generated) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-d", work.resolve("classes").toString(),
                "-cp", System.getProperty("java.class.path"), "-proc:none", "-nowarn"));
        try (Stream<Path> walk = Files.walk(generated.resolve("src/main/java"))) {
            walk.filter(file -> file.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
        }
        return javac.run(null, null, null, arguments.toArray(String[]::new));
    }
}
