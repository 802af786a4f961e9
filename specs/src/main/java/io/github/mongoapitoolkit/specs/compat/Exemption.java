package io.github.mongoapitoolkit.specs.compat;

/**
 * A breaking change accepted on purpose, written in {@code specs/<api>/released/exemptions.yaml}
 * with the reason no consumer is harmed. It matches a change by operationId, change id and
 * field (an empty field matches only changes that name no field).
 */
public record Exemption(String operation, String change, String field, String reason) {

    public boolean matches(SpecChange specChange) {
        return operation.equals(specChange.operation())
                && change.equals(specChange.kind().id())
                && field.equals(specChange.field());
    }

    /** The YAML entry that exempts a change, as the failure message suggests it. */
    public static String suggestion(SpecChange change) {
        return "  - operation: " + change.operation() + "\n"
                + "    change: " + change.kind().id() + "\n"
                + (change.field().isEmpty() ? "" : "    field: " + change.field() + "\n")
                + "    reason: <why no consumer breaks>";
    }
}
