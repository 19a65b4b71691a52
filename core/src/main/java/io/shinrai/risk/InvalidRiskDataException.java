package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;
import java.util.List;

/** Risk data that breaks a rule — a method, a catalogue, an assessment or a workbook — with every problem found. */
public class InvalidRiskDataException extends IllegalArgumentException {

    private final List<LocalizedText> problems;

    public InvalidRiskDataException(List<LocalizedText> problems) {
        super(problems.size() + " problem(s)\n  " + String.join("\n  ",
                problems.stream().map(LocalizedText::en).toList()));
        this.problems = List.copyOf(problems);
    }

    public InvalidRiskDataException(String ja, String en) {
        this(List.of(new LocalizedText(ja, en)));
    }

    public List<LocalizedText> problems() {
        return problems;
    }
}
