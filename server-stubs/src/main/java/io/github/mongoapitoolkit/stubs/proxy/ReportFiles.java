package io.github.mongoapitoolkit.stubs.proxy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code --report FILE}: the JSON document at FILE and the Markdown summary next to it (FILE's
 * name with {@code .md} for {@code .json}, or with {@code .md} added). Each is written to a
 * temporary file and moved into place, so a reader never sees half a report.
 */
record ReportFiles(Path json, Path markdown) {

    static ReportFiles at(Path file) {
        String name = file.getFileName().toString();
        String md = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) + ".md" : name + ".md";
        return new ReportFiles(file, file.resolveSibling(md));
    }

    void write(DriftReport report) {
        try {
            Path parent = json.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            replace(json, report.toJsonText());
            replace(markdown, report.toMarkdown());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report " + json + ": " + e.getMessage(), e);
        }
    }

    private static void replace(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
