package io.shinrai.disclosure;

import io.shinrai.catalog.Answer;
import java.util.List;

/**
 * What a vendor said about one item: an answer (or free text, for identifying fields), 備考 (remarks), and the
 * numbers of shared notes it refers to. A null answer and text means the item is still unanswered.
 */
public record ItemAnswer(Answer answer, String text, String remarks, List<Integer> notes) {

    public ItemAnswer {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public static ItemAnswer of(Answer answer) {
        return new ItemAnswer(answer, null, null, List.of());
    }

    public static ItemAnswer of(Answer answer, String remarks) {
        return new ItemAnswer(answer, null, remarks, List.of());
    }

    public static ItemAnswer text(String text) {
        return new ItemAnswer(null, text, null, List.of());
    }

    public boolean isAnswered() {
        return answer != null || (text != null && !text.isBlank());
    }

    public boolean hasRemarks() {
        return remarks != null && !remarks.isBlank();
    }
}
