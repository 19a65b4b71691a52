package io.shinrai.disclosure.excel;

import io.shinrai.catalog.Answer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The answers of column C, as written ("Yes", "N/A", "See Notes") and as people type them. */
final class Mds2Answers {

    private static final Map<String, Answer> SPELLINGS = new HashMap<>();

    static {
        for (Answer answer : Answer.values()) {
            SPELLINGS.put(key(answer.label().en()), answer);
            SPELLINGS.put(key(answer.label().ja()), answer);
        }
        SPELLINGS.put(key("not applicable"), Answer.NOT_APPLICABLE);
        SPELLINGS.put(key("see note"), Answer.SEE_NOTES);
    }

    private Mds2Answers() {
    }

    static String written(Answer answer) {
        return answer.label().en();
    }

    /** Tolerates case, spacing, dots and slashes ("NA", "n/a", "N.A."), full-width letters and the Japanese labels. */
    static Optional<Answer> parse(String text) {
        return Optional.ofNullable(SPELLINGS.get(key(text)));
    }

    private static String key(String text) {
        return Mds2Cells.normalized(text).toLowerCase(Locale.ROOT).replaceAll("[\\s./]", "");
    }
}
