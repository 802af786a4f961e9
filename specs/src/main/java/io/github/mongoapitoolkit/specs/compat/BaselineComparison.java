package io.github.mongoapitoolkit.specs.compat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares an API's working spec with its released baseline using openapi-diff, and keeps
 * openapi-diff's own Markdown rendering for the changelog.
 */
public final class BaselineComparison {

    private final CompatibilityReport report;
    private final String openApiDiffMarkdown;

    private BaselineComparison(CompatibilityReport report, String openApiDiffMarkdown) {
        this.report = report;
        this.openApiDiffMarkdown = openApiDiffMarkdown;
    }

    /**
     * @throws MissingBaselineException when the API has no released baseline yet
     */
    public static BaselineComparison of(ApiBaseline files) {
        if (!Files.isRegularFile(files.baseline())) {
            throw new MissingBaselineException(files.api() + " has no released baseline at " + files.display(files.baseline())
                    + "; copy the spec there when releasing it (README: Changing a spec)");
        }
        ChangedOpenApi diff = OpenApiCompare.fromLocations(files.baseline().toString(), files.working().toString());
        CompatibilityReport report = new CompatibilityReport(files,
                diff.getOldSpecOpenApi().getInfo().getVersion(), diff.getNewSpecOpenApi().getInfo().getVersion(),
                ChangeCollector.collect(diff), Exemptions.read(files.exemptions()));
        ByteArrayOutputStream markdown = new ByteArrayOutputStream();
        new MarkdownRender().render(diff, new OutputStreamWriter(markdown, StandardCharsets.UTF_8));
        return new BaselineComparison(report, markdown.toString(StandardCharsets.UTF_8));
    }

    public CompatibilityReport report() {
        return report;
    }

    public String openApiDiffMarkdown() {
        return openApiDiffMarkdown;
    }

    /** The API has never been released, so there is nothing to be compatible with. */
    public static final class MissingBaselineException extends RuntimeException {
        public MissingBaselineException(String message) {
            super(message);
        }
    }
}
