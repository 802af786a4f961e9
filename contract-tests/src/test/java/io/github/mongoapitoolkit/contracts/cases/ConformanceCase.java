package io.github.mongoapitoolkit.contracts.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mongoapitoolkit.contracts.ApiContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One conformance case: a file {@code cases/<api>/<schema>/<valid|invalid>/<behaviour>.json}
 * holding {@code value}, for an invalid case the rule it {@code breaks} (a JSON Schema keyword
 * such as {@code pattern}, or a state rule id such as {@code MS-PAUSED-LAG-NULL}), and for a
 * case that is a whole response, the {@code response} (operationId and status) it stands for.
 */
public record ConformanceCase(ApiContract api, String schema, boolean valid, String name, JsonNode value,
        Optional<String> breaks, Optional<ResponseRef> response, Path file) {

    /** The cases directory, relative to this module as Maven runs its tests. */
    public static final Path ROOT = Path.of("src", "test", "resources", "cases");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The operation and declared status a case's value is a body of. */
    public record ResponseRef(String operationId, String status) {
    }

    public static List<ConformanceCase> all() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(ConformanceCase::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ConformanceCase read(Path file) {
        Path relative = ROOT.relativize(file);
        if (relative.getNameCount() != 4) {
            throw new IllegalArgumentException(file + ": cases live at cases/<api>/<schema>/<valid|invalid>/<behaviour>.json");
        }
        ApiContract api = ApiContract.ofProvider(relative.getName(0).toString())
                .orElseThrow(() -> new IllegalArgumentException(file + ": no spec named " + relative.getName(0)));
        String validity = relative.getName(2).toString();
        if (!validity.equals("valid") && !validity.equals("invalid")) {
            throw new IllegalArgumentException(file + ": the third folder must be valid or invalid");
        }
        JsonNode doc;
        try {
            doc = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not JSON", e);
        }
        if (!doc.has("value")) {
            throw new IllegalArgumentException(file + ": a case holds its document under \"value\"");
        }
        Optional<String> breaks = doc.hasNonNull("breaks") ? Optional.of(doc.get("breaks").asText()) : Optional.empty();
        if (validity.equals("invalid") == breaks.isEmpty()) {
            throw new IllegalArgumentException(file + ": an invalid case names the rule it breaks, a valid one none");
        }
        Optional<ResponseRef> response = doc.has("response")
                ? Optional.of(new ResponseRef(doc.at("/response/operationId").asText(), doc.at("/response/status").asText()))
                : Optional.empty();
        String name = relative.getFileName().toString().replaceFirst("\\.json$", "");
        return new ConformanceCase(api, relative.getName(1).toString(), validity.equals("valid"), name, doc.get("value"),
                breaks, response, file);
    }

    @Override
    public String toString() {
        return api.provider() + "/" + schema + "/" + (valid ? "valid" : "invalid") + "/" + name;
    }
}
