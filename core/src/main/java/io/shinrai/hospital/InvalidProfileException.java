package io.shinrai.hospital;

import io.shinrai.catalog.LocalizedText;
import java.util.List;

/** A requirement profile that cannot be used, with every problem found, each naming its line and field. */
public class InvalidProfileException extends Exception {

    private final String source;
    private final List<LocalizedText> problems;

    public InvalidProfileException(String source, List<LocalizedText> problems) {
        super(source + ": " + problems.size() + " problem(s)\n  "
                + String.join("\n  ", problems.stream().map(LocalizedText::en).toList()));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<LocalizedText> problems() {
        return problems;
    }
}
