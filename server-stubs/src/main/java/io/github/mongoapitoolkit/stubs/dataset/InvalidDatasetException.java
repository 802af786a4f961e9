package io.github.mongoapitoolkit.stubs.dataset;

import java.util.List;

/** The dataset file was refused; each problem names the field and what is wrong with it. */
public final class InvalidDatasetException extends RuntimeException {

    private final List<String> problems;

    public InvalidDatasetException(String source, List<String> problems) {
        super("Dataset " + source + " is not valid:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
