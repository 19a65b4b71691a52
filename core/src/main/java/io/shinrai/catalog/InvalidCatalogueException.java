package io.shinrai.catalog;

import java.util.List;

/** A catalogue file that cannot be used, with every problem found and where. */
public class InvalidCatalogueException extends Exception {

    private final String source;
    private final List<String> problems;

    public InvalidCatalogueException(String source, List<String> problems) {
        super(source + ": " + problems.size() + " problem(s)\n  " + String.join("\n  ", problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<String> problems() {
        return problems;
    }
}
