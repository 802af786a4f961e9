package io.github.mongoapitoolkit.specs.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verdict on one API: every change since the baseline, which breaking ones are exempt or
 * released by a major version bump, and what fails the build.
 */
public record CompatibilityReport(ApiBaseline files, String baselineVersion, String workingVersion,
                                  List<SpecChange> changes, List<Exemption> exemptions) {

    private static final Pattern MAJOR = Pattern.compile("^v?(\\d+)");

    /** True when {@code info.version}'s major number went up: breaking changes are then released, not refused. */
    public boolean majorVersionBumped() {
        return major(workingVersion) > major(baselineVersion);
    }

    public List<SpecChange> breaking() {
        return changes.stream().filter(SpecChange::breaking).toList();
    }

    public boolean isExempt(SpecChange change) {
        return exemptions.stream().anyMatch(exemption -> exemption.matches(change));
    }

    /** Breaking changes that neither an exemption nor a major version bump allows. */
    public List<SpecChange> refused() {
        return majorVersionBumped() ? List.of() : breaking().stream().filter(change -> !isExempt(change)).toList();
    }

    /** Exemptions that match no change: left over after a fix, they would silently allow a later break. */
    public List<Exemption> staleExemptions() {
        return exemptions.stream().filter(exemption -> changes.stream().noneMatch(exemption::matches)).toList();
    }

    /** One message per reason to fail the build; empty when the spec may land. */
    public List<String> failures() {
        List<String> failures = new ArrayList<>();
        for (SpecChange change : refused()) {
            failures.add("breaking change in " + files.api() + ": " + change.where() + ": " + change.kind().label()
                    + (change.detail().isEmpty() ? "" : " (" + change.detail() + ")") + ".\n"
                    + "  Undo it; or raise the major version of info.version (" + workingVersion + ") to release it as breaking;"
                    + " or, if no consumer can break, exempt it with a reason in " + files.display(files.exemptions()) + ":\n"
                    + "exemptions:\n" + Exemption.suggestion(change));
        }
        for (Exemption stale : staleExemptions()) {
            failures.add("stale exemption in " + files.display(files.exemptions()) + ": " + stale.operation() + " " + stale.change()
                    + (stale.field().isEmpty() ? "" : " " + stale.field()) + " matches no change since the baseline; remove it");
        }
        return failures;
    }

    private static int major(String version) {
        Matcher matcher = MAJOR.matcher(version == null ? "" : version.strip());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
