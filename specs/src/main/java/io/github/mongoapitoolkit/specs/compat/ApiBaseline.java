package io.github.mongoapitoolkit.specs.compat;

import java.nio.file.Path;

/**
 * Where one API's working spec, released baseline and exemptions live:
 * {@code <specs>/<api>/openapi.yaml}, {@code <specs>/<api>/released/openapi.yaml} and
 * {@code <specs>/<api>/released/exemptions.yaml}.
 *
 * @param root the directory messages name files relative to (the repository root)
 */
public record ApiBaseline(String api, Path root, Path working, Path baseline, Path exemptions) {

    public static ApiBaseline in(Path specsDir, String api) {
        Path specs = specsDir.toAbsolutePath().normalize();
        Path dir = specs.resolve(api);
        Path root = specs.getParent() == null ? specs : specs.getParent();
        return new ApiBaseline(api, root, dir.resolve("openapi.yaml"), dir.resolve("released").resolve("openapi.yaml"),
                dir.resolve("released").resolve("exemptions.yaml"));
    }

    /** A file as messages name it: relative to the repository root. */
    public String display(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString();
    }
}
