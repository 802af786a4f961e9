package io.github.mongoapitoolkit.specs.check;

/**
 * One broken rule in one spec: which rule (a stable id that tests assert on), where (file, line
 * and JSON pointer) and a message for the person who has to fix it.
 */
public record Finding(String ruleId, String file, int line, String pointer, String message) {

    /** Renders the finding the way compilers do, so that editors can jump to it. */
    @Override
    public String toString() {
        return file + ":" + line + ": [" + ruleId + "] " + pointer + ": " + message;
    }
}
