package io.shinrai.server.gap;

import io.shinrai.catalog.Answer;
import io.shinrai.hospital.AnswerRule;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule makes of one answer, as the editor offers it: 適合 (taken as it is), acceptable once the hospital
 * has documented a risk evaluation, or 不適合. An {@link AnswerRule} is the same thing kept as two sets.
 */
public enum Acceptance {
    ACCEPTABLE, RISK_EVALUATION, NOT_ACCEPTABLE;

    public static Acceptance of(AnswerRule rule, Answer answer) {
        return rule.accepts(answer) ? ACCEPTABLE
                : rule.needsRiskEvaluation(answer) ? RISK_EVALUATION : NOT_ACCEPTABLE;
    }

    /** The rule's treatment of each of the answers, in their order. */
    public static Map<Answer, Acceptance> of(AnswerRule rule, List<Answer> answers) {
        Map<Answer, Acceptance> treatment = new LinkedHashMap<>();
        answers.forEach(answer -> treatment.put(answer, of(rule, answer)));
        return treatment;
    }

    /** The rule that treats each answer as given; an answer not given is not acceptable. */
    public static AnswerRule rule(Map<Answer, Acceptance> treatment) {
        Set<Answer> acceptable = EnumSet.noneOf(Answer.class);
        Set<Answer> riskEvaluation = EnumSet.noneOf(Answer.class);
        treatment.forEach((answer, acceptance) -> {
            if (acceptance == ACCEPTABLE) {
                acceptable.add(answer);
            } else if (acceptance == RISK_EVALUATION) {
                riskEvaluation.add(answer);
            }
        });
        return new AnswerRule(acceptable, riskEvaluation);
    }

    /** A form value; anything else is taken as not given. */
    static Optional<Acceptance> named(String name) {
        return Arrays.stream(values()).filter(value -> value.name().equals(name)).findFirst();
    }
}
