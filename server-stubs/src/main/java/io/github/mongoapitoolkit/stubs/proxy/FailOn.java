package io.github.mongoapitoolkit.stubs.proxy;

import java.util.Locale;

/** {@code --fail-on}: what makes the proxy or {@code validate} exit 1. */
enum FailOn {
    /** Any violation. */
    VIOLATION,
    /** Any violation or drift. */
    DRIFT,
    /** Nothing: exit 0 whatever was found. */
    NEVER;

    static FailOn parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--fail-on takes violation, drift or never, not " + value);
        }
    }

    boolean fails(long violations, long drift) {
        return switch (this) {
            case VIOLATION -> violations > 0;
            case DRIFT -> violations + drift > 0;
            case NEVER -> false;
        };
    }
}
