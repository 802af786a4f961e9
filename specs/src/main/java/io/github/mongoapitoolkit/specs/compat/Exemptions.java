package io.github.mongoapitoolkit.specs.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads an exemptions file; a missing file means no exemptions. */
public final class Exemptions {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> CHANGE_IDS = Arrays.stream(ChangeKind.values()).map(ChangeKind::id)
            .collect(Collectors.toUnmodifiableSet());

    private Exemptions() {
    }

    /**
     * @throws InvalidExemptionsException when an entry lacks an operation, a known change id or a
     *                                    reason: an exemption without a reason is not a decision
     */
    public static List<Exemption> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        List<Exemption> exemptions = new ArrayList<>();
        JsonNode entries = root == null ? null : root.path("exemptions");
        if (entries == null || entries.isMissingNode() || entries.isNull()) {
            return List.of();
        }
        if (!entries.isArray()) {
            throw new InvalidExemptionsException(file + ": 'exemptions' must be a list");
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String operation = entry.path("operation").asText("");
            String change = entry.path("change").asText("");
            String reason = entry.path("reason").asText("").strip();
            String where = file + ": exemption " + (i + 1);
            if (operation.isEmpty()) {
                throw new InvalidExemptionsException(where + " names no operation");
            }
            if (!CHANGE_IDS.contains(change)) {
                throw new InvalidExemptionsException(where + " has change '" + change + "'; use one of " + CHANGE_IDS.stream().sorted().toList());
            }
            if (reason.isEmpty() || reason.startsWith("<")) {
                throw new InvalidExemptionsException(where + " gives no reason");
            }
            exemptions.add(new Exemption(operation, change, entry.path("field").asText(""), reason));
        }
        return List.copyOf(exemptions);
    }

    /** The exemptions file cannot be trusted as written. */
    public static final class InvalidExemptionsException extends RuntimeException {
        public InvalidExemptionsException(String message) {
            super(message);
        }
    }
}
