package io.shinrai.disclosure.json;

import java.util.List;

/** A disclosure file that cannot be used, with every problem found and where. */
public class InvalidDisclosureException extends Exception {

    private final List<String> problems;

    public InvalidDisclosureException(List<String> problems) {
        super(problems.size() + " problem(s)\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
