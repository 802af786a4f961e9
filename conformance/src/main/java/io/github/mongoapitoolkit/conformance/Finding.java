package io.github.mongoapitoolkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What {@link DriftCheck} found in one exchange.
 *
 * @param kind       a {@link Kind#VIOLATION} breaks the spec; {@link Kind#DRIFT} is what the
 *                   spec does not know yet
 * @param rule       a stable key: a {@link Violation#rule()}, or one of the {@code drift.*} keys
 *                   of this class
 * @param operation  the spec's operationId; empty when no operation declares the request
 * @param pointer    a JSON pointer into the body (the first instance, for a repeated array
 *                   element); empty when the finding is not in the body
 * @param example    the value found there (a status, a media type, a header value), credentials
 *                   and secrets redacted; empty when there is none to show
 * @param message    for people: what was found and what the spec says
 * @param suggestion for drift: where in the spec to put what was seen, and a YAML fragment to
 *                   paste there; empty for violations
 */
public record Finding(Kind kind, String rule, Optional<String> operation, Optional<String> pointer, Optional<JsonNode> example,
        String message, Optional<Suggestion> suggestion) {

    /** A property the response schema does not declare, in an object that allows any. */
    public static final String DRIFT_PROPERTY = "drift.property";
    /** A value of an enum that the enum does not list. */
    public static final String DRIFT_ENUM_VALUE = "drift.enum-value";
    /** A status the operation does not list (a {@code default} response does not count). */
    public static final String DRIFT_STATUS = "drift.status";
    /** A media type version the response does not declare, of a type family it does declare. */
    public static final String DRIFT_MEDIA_TYPE = "drift.media-type";
    /** A response header neither the spec nor HTTP itself defines. */
    public static final String DRIFT_HEADER = "drift.header";
    /** A success answer on a method and path no operation declares: a new endpoint. */
    public static final String DRIFT_OPERATION = "drift.operation";

    /** Violations fail a run at {@code --fail-on violation}; drift only at {@code --fail-on drift}. */
    public enum Kind {
        VIOLATION, DRIFT
    }

    /**
     * Where a drift finding belongs in the spec and what to write there.
     *
     * @param location a JSON pointer into the spec file, such as
     *                 {@code #/components/schemas/Progress/properties}
     * @param fragment YAML to add at that location
     */
    public record Suggestion(String location, String fragment) {
    }

    public static Finding violation(Violation violation, Optional<JsonNode> example) {
        return new Finding(Kind.VIOLATION, violation.rule(), violation.operation(), violation.pointer(), example,
                violation.message(), Optional.empty());
    }

    public boolean isDrift() {
        return kind == Kind.DRIFT;
    }

    @Override
    public String toString() {
        return kind + " [" + rule + "]" + operation.map(op -> " " + op).orElse("") + pointer.map(p -> " at " + p).orElse("")
                + example.map(e -> " = " + e).orElse("") + ": " + message;
    }
}
