package io.github.mongoapitoolkit.specs.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes each spec as JSON next to its YAML in the specs jar ({@code specs/<api>/openapi.json}),
 * the same tree: reading YAML was the largest single cost of a cold stub start (SnakeYAML in a
 * cold JVM, about half a second for the three specs); starting from JSON took the three specs
 * from 903 to 606 ms (benchmarks/RESULTS.md). The YAML stays the source; this is a build output,
 * like the generated code.
 *
 * <p>Arguments: the classes directory, then each {@code <api>/openapi.yaml}.
 */
public final class SpecJson {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private SpecJson() {
    }

    public static void main(String[] args) {
        Path classes = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            Path yaml = Path.of(args[i]);
            Path json = classes.resolve("specs").resolve(yaml.getParent().getFileName()).resolve("openapi.json");
            try {
                JsonNode tree = YAML.readTree(Files.readString(yaml));
                Files.createDirectories(json.getParent());
                Files.writeString(json, JSON.writeValueAsString(tree));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + json + " from " + yaml, e);
            }
        }
    }
}
