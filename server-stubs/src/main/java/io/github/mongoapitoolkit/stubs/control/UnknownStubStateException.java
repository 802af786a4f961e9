package io.github.mongoapitoolkit.stubs.control;

/** A provider state name the stub does not know; the message lists the names it does. */
public final class UnknownStubStateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    UnknownStubStateException(String state, Iterable<String> known) {
        super("No stub state named \"" + state + "\". Known states:\n  " + String.join("\n  ", known));
    }
}
