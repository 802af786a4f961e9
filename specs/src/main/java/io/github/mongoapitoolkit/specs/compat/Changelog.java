package io.github.mongoapitoolkit.specs.compat;

import java.util.List;

/** Renders a comparison as the Markdown changelog the build writes for each API. */
public final class Changelog {

    private Changelog() {
    }

    public static String markdown(BaselineComparison comparison) {
        CompatibilityReport report = comparison.report();
        ApiBaseline files = report.files();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(files.api()).append(": changes since the released baseline\n\n");
        md.append("- Baseline: `").append(files.display(files.baseline())).append("` (info.version ").append(report.baselineVersion()).append(")\n");
        md.append("- Working spec: `").append(files.display(files.working())).append("` (info.version ").append(report.workingVersion()).append(")\n");
        md.append("- Verdict: ").append(verdict(report)).append("\n\n");
        if (report.changes().isEmpty()) {
            md.append("No changes since the baseline.\n");
            return md.toString();
        }
        List<SpecChange> breaking = report.breaking();
        if (!breaking.isEmpty()) {
            md.append("## Breaking changes\n\n");
            table(md, breaking, report);
        }
        List<SpecChange> other = report.changes().stream().filter(change -> !change.breaking()).toList();
        if (!other.isEmpty()) {
            md.append("## Compatible changes\n\n");
            table(md, other, report);
        }
        md.append("## openapi-diff report\n\n").append(comparison.openApiDiffMarkdown().strip()).append("\n");
        return md.toString();
    }

    private static String verdict(CompatibilityReport report) {
        int breaking = report.breaking().size();
        if (breaking == 0) {
            return "no breaking changes";
        }
        if (report.majorVersionBumped()) {
            return breaking + " breaking change(s), released by the major version bump";
        }
        int refused = report.refused().size();
        return breaking + " breaking change(s), " + (breaking - refused) + " exempt, " + refused + " refused";
    }

    private static void table(StringBuilder md, List<SpecChange> changes, CompatibilityReport report) {
        md.append("| Operation | Where | Field | Change | Detail |\n");
        md.append("|---|---|---|---|---|\n");
        for (SpecChange change : changes) {
            String label = change.kind().id();
            if (change.breaking()) {
                label += report.isExempt(change) ? " (exempt)" : report.majorVersionBumped() ? " (major bump)" : " (refused)";
            }
            md.append("| ").append(cell(change.operation().isEmpty() ? change.endpoint() : change.operation() + " `" + change.endpoint() + "`"))
                    .append(" | ").append(cell(change.location()))
                    .append(" | ").append(cell(change.field().isEmpty() ? "" : "`" + change.field() + "`"))
                    .append(" | ").append(cell(label))
                    .append(" | ").append(cell(change.detail()))
                    .append(" |\n");
        }
        md.append("\n");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
