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
 * the raw JSON tree (every node, extensions included) and the line of every JSON pointer. Read
 * from the built JSON, the model is parsed only when first asked for: the stub serves from the
 * tree alone, and swagger-parser's model cost a third of its cold start.
 */
public final class LoadedSpec {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Both ways of reading a spec resolve its references alike, so that they give the same model. */
    private static final ParseOptions RESOLVING = resolving();

    private final Path file;
    private final String source;
    private final Supplier<Parsed> parse;
    private final JsonNode tree;
    private final Supplier<String> yamlText;
    private Parsed parsed;
    private YamlLineIndex lines;

    private record Parsed(OpenAPI model, List<String> messages) {
        static Parsed of(SwaggerParseResult result) {
            return new Parsed(result.getOpenAPI(), result.getMessages() == null ? List.of() : List.copyOf(result.getMessages()));
        }
    }

    private LoadedSpec(Path file, String source, Supplier<Parsed> parse, JsonNode tree, Supplier<String> yamlText) {
        this.file = file;
        this.source = source;
        this.parse = parse;
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
        Parsed parsed = Parsed.of(new OpenAPIV3Parser().readContents(text, null, RESOLVING));
        return new LoadedSpec(name, text, () -> parsed, tree, () -> text);
    }

    /**
     * A spec the build already wrote as JSON ({@link SpecJson}): the same tree and, with the
     * resolver that {@link #parse} runs too, the same model, without reading YAML. The model is
     * parsed when first asked for, and the YAML text read only if a finding needs a line.
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
        return new LoadedSpec(name, json, () -> parseModel(tree), tree, yamlText);
    }

    private static Parsed parseModel(JsonNode tree) {
        // swagger-parser may change the node it is given; the tree stays as read.
        SwaggerParseResult result = new OpenAPIV3Parser().parseJsonNode(null, tree.deepCopy(), RESOLVING);
        if (result.getOpenAPI() != null) {
            new OpenAPIResolver(result.getOpenAPI(), null, null, null, RESOLVING).resolve(result);
        }
        return Parsed.of(result);
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
        return parsed().model();
    }

    public List<String> parserMessages() {
        return parsed().messages();
    }

    /** The text the spec was read from: its YAML, or the JSON the build wrote of it. */
    public String source() {
        return source;
    }

    private synchronized Parsed parsed() {
        if (parsed == null) {
            parsed = parse.get();
        }
        return parsed;
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
