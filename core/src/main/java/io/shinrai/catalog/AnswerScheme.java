package io.shinrai.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Which answers an item accepts; {@link #TEXT} items take free text instead (identifying fields). */
public enum AnswerScheme {
    YES_NO_NA("yes-no-na", Answer.YES, Answer.NO, Answer.NOT_APPLICABLE),
    YES_NO("yes-no", Answer.YES, Answer.NO),
    MDS2("mds2", Answer.YES, Answer.NO, Answer.NOT_APPLICABLE, Answer.SEE_NOTES),
    TEXT("text");

    private final String id;
    private final List<Answer> answers;

    AnswerScheme(String id, Answer... answers) {
        this.id = id;
        this.answers = List.of(answers);
    }

    public String id() {
        return id;
    }

    public List<Answer> answers() {
        return answers;
    }

    public boolean accepts(Answer answer) {
        return answers.contains(answer);
    }

    public static Optional<AnswerScheme> byId(String id) {
        return Arrays.stream(values()).filter(scheme -> scheme.id.equals(id)).findFirst();
    }
}
