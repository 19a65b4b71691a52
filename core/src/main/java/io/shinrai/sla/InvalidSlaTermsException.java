package io.shinrai.sla;

import io.shinrai.catalog.LocalizedText;
import java.util.List;

/** SLA terms that cannot make an agreement, with every problem in Japanese and English. */
public class InvalidSlaTermsException extends IllegalArgumentException {

    private final List<LocalizedText> problems;

    public InvalidSlaTermsException(List<LocalizedText> problems) {
        super(String.join("; ", problems.stream().map(LocalizedText::en).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<LocalizedText> problems() {
        return problems;
    }
}
