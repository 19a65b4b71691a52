package io.shinrai.disclosure.excel;

import io.shinrai.catalog.Answer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ways people write an answer in a JAHIS-style form: the labels, English, marks (〇, ×) and the dashes that
 * mean "not applicable", in full or half width.
 */
final class JahisAnswerWords {

    private static final Map<String, Answer> WORDS = new HashMap<>();

    static {
        for (Answer answer : Answer.values()) {
            add(answer, answer.label().ja(), answer.label().en());
        }
        add(Answer.YES, "yes", "y", "〇", "○", "◯", "有");
        add(Answer.NO, "no", "n", "×", "✕", "✖", "x", "無");
        add(Answer.NOT_APPLICABLE, "該当なし", "該当無し", "非該当", "n/a", "na", "-", "—", "―", "‐", "not applicable");
        add(Answer.SEE_NOTES, "see note", "see notes");
    }

    private JahisAnswerWords() {
    }

    static Optional<Answer> answer(String text) {
        return Optional.ofNullable(WORDS.get(SheetText.key(text)));
    }

    private static void add(Answer answer, String... words) {
        for (String word : words) {
            WORDS.put(SheetText.key(word), answer);
        }
    }
}
