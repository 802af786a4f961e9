package io.github.mongoapitoolkit.specs.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * A spec file read once in the three forms the rules need: swagger-parser's model and messages,
 * the raw JSON tree (every node, extensions included) and the line of every JSON pointer.
 */
public final class LoadedSpec {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Both ways of reading a spec resolve its references alike, so that they give the same model. */
    private static final ParseOptions RESOLVING = resolving();

    private final Path file;
    private final OpenAPI model;
    private final List<String> parserMessages;
    private final JsonNode tree;
    private final Supplier<String> yamlText;
    private YamlLineIndex lines;

    private LoadedSpec(Path file, OpenAPI model, List<String> parserMessages, JsonNode tree, Supplier<String> yamlText) {
        this.file = file;
        this.model = model;
        this.parserMessages = parserMessages;
        this.tree = tree;
        this.yamlText = yamlText;
    }

    /**
     * Reads and parses the spec.
     *
     * @throws SpecSyntaxException when the file is not YAML, with the line of the first error
     * @throws UncheckedIOException when the file cannot be read
     */
    public static LoadedSpec read(Path file) {
        try {
            return parse(file, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Parses spec text that is not a file of its own, such as a spec read from the classpath.
     *
     * @param name how findings name the spec, for example {@code specs/mongosync/openapi.yaml}
     * @throws SpecSyntaxException when the text is not YAML
     */
    public static LoadedSpec parse(Path name, String text) {
        JsonNode tree;
        try {
            tree = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new SpecSyntaxException(new Finding("yaml-syntax", name.toString(), line, "#", e.getOriginalMessage()));
        }
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, RESOLVING);
        List<String> messages = result.getMessages() == null ? List.of() : List.copyOf(result.getMessages());
        return new LoadedSpec(name, result.getOpenAPI(), messages, tree, () -> text);
    }

    /**
     * A spec the build already wrote as JSON ({@link SpecJson}): the same tree and, with the
     * resolver that {@link #parse} runs too, the same model, without reading YAML. The YAML text
     * is read only if a finding needs a line.
     *
     * @param json     the spec's JSON from the specs jar
     * @param yamlText its YAML, for line numbers
     */
    public static LoadedSpec fromJson(Path name, String json, Supplier<String> yamlText) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The built JSON of " + name + " is not JSON: " + e.getOriginalMessage(), e);
        }
        SwaggerParseResult result = new OpenAPIV3Parser().parseJsonNode(null, tree, RESOLVING);
        if (result.getOpenAPI() != null) {
            new OpenAPIResolver(result.getOpenAPI(), null, null, null, RESOLVING).resolve(result);
        }
        List<String> messages = result.getMessages() == null ? List.of() : List.copyOf(result.getMessages());
        return new LoadedSpec(name, result.getOpenAPI(), messages, tree, yamlText);
    }

    private static ParseOptions resolving() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return options;
    }

    /** The spec is not YAML; the finding names the line. */
    public static final class SpecSyntaxException extends RuntimeException {
        private final transient Finding finding;

        SpecSyntaxException(Finding finding) {
            super(finding.toString());
            this.finding = finding;
        }

        public Finding finding() {
            return finding;
        }
    }

    public Path file() {
        return file;
    }

    /** swagger-parser's model; null when the file could not be parsed as OpenAPI at all. */
    public OpenAPI model() {
        return model;
    }

    public List<String> parserMessages() {
        return parserMessages;
    }

    public JsonNode tree() {
        return tree;
    }

    /** Builds a finding located at the pointer's line. */
    public Finding finding(String ruleId, String pointer, String message) {
        return new Finding(ruleId, file.toString(), lines().lineOf(pointer), pointer.isEmpty() ? "#" : "#" + pointer, message);
    }

    private synchronized YamlLineIndex lines() {
        if (lines == null) {
            lines = new YamlLineIndex(new StringReader(yamlText.get()));
        }
        return lines;
    }
}
