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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * A spec change flows into the client with no other edit: adding an optional property to the
 * Atlas spec and regenerating, with the generator options the build uses, changes exactly the
 * model that holds the property, and the regenerated client compiles.
 */
class RegenerationTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path SPEC = Path.of("..", "specs", "atlas-live-migrations", "openapi.yaml");
    private static final Path OPTIONS = Path.of("openapi-generator", "java-client.yaml");
    private static final String MODEL = "src/main/java/io/github/mongoapitoolkit/atlas/client/model/LiveMigrationResponse.java";

    @TempDir
    Path work;

    @Test
    void addingAnOptionalPropertyChangesOnlyItsModelAndTheClientStillCompiles() throws Exception {
        Path changedSpec = work.resolve("changed.yaml");
        ObjectNode spec = (ObjectNode) YAML.readTree(SPEC.toFile());
        ((ObjectNode) spec.at("/components/schemas/LiveMigrationResponse/properties")).putObject("cutoverWindowHours")
                .put("type", "integer").put("format", "int32")
                .put("description", "Hours left before the cutover window expires.");
        YAML.writeValue(changedSpec.toFile(), spec);

        Path before = generate(SPEC, work.resolve("before"));
        Path after = generate(changedSpec, work.resolve("after"));

        assertThat(changedFiles(before, after)).filteredOn(file -> file.endsWith(".java")).containsExactly(MODEL);
        assertThat(Files.readString(after.resolve(MODEL)))
                .contains("public Integer getCutoverWindowHours()")
                .contains("JSON_PROPERTY_CUTOVER_WINDOW_HOURS = \"cutoverWindowHours\"");
        assertThat(compile(after)).as("javac exit code").isZero();
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
