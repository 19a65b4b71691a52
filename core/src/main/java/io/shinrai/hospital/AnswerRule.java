package io.shinrai.hospital;

import io.shinrai.catalog.Answer;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a hospital takes the answers to an item: those it accepts as they are, and those it can accept only with a
 * documented risk evaluation of its own (as guideline 7.0 asks for a いいえ). Every other answer is not acceptable.
 */
public record AnswerRule(Set<Answer> acceptable, Set<Answer> riskEvaluation) {

    public AnswerRule {
        acceptable = frozen(acceptable);
        riskEvaluation = frozen(riskEvaluation);
        if (acceptable.stream().anyMatch(riskEvaluation::contains)) {
            throw new IllegalArgumentException("an answer cannot be both acceptable and in need of a risk evaluation: "
                    + acceptable + " " + riskEvaluation);
        }
    }

    public boolean accepts(Answer answer) {
        return acceptable.contains(answer);
    }

    public boolean needsRiskEvaluation(Answer answer) {
        return riskEvaluation.contains(answer);
    }

    /** In the order of {@link Answer}, so that a written profile lists answers the same way every time. */
    private static Set<Answer> frozen(Collection<Answer> answers) {
        Set<Answer> set = EnumSet.noneOf(Answer.class);
        set.addAll(answers);
        return Collections.unmodifiableSet(set);
    }
}
