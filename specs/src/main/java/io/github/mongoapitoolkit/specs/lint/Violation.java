package io.github.mongoapitoolkit.specs.lint;

/**
 * One place a lint rule is broken.
 *
 * @param pointer JSON pointer of the offending element (an exception written on it, or on any
 *                element that contains it, excuses the violation)
 * @param detail  what is wrong there, appended to the rule's message
 */
public record Violation(String pointer, String detail) {
}
