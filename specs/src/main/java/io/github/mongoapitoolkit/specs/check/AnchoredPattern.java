package io.github.mongoapitoolkit.specs.check;

import java.util.Optional;

/**
 * Decides whether a regular expression is anchored as a whole, so that JSON Schema's search
 * semantics ({@code find}) and Java's full-match semantics ({@code @Pattern}) mean the same.
 *
 * <p>Starting with {@code ^} and ending with {@code $} is not enough: in {@code ^a|b$} the
 * anchors bind only the first and the last branch (MongoDB's published {@code migrationHosts}
 * pattern has exactly that shape and, searched, matches every string). A pattern is anchored
 * when it starts with {@code ^}, ends with an unescaped {@code $} and has no {@code |} outside a
 * group or character class.
 */
public final class AnchoredPattern {

    private AnchoredPattern() {
    }

    /** Empty when the pattern is anchored; otherwise what is wrong with it. */
    public static Optional<String> problem(String pattern) {
        if (!pattern.startsWith("^")) {
            return Optional.of("does not start with ^");
        }
        if (!endsWithUnescapedDollar(pattern)) {
            return Optional.of("does not end with $");
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return Optional.of("has a top-level alternation at index " + i
                        + ", so ^ and $ bind only its first and last branch; group the branches: ^(a|b)$");
            }
        }
        return Optional.empty();
    }

    private static boolean endsWithUnescapedDollar(String pattern) {
        if (!pattern.endsWith("$")) {
            return false;
        }
        int backslashes = 0;
        for (int i = pattern.length() - 2; i >= 0 && pattern.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }
}
