package io.shinrai.server.gap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form on which a gap's risk evaluation is proposed. */
record EvaluationForm(@NotNull(message = "{validation.required}") RiskDecision decision,
                      @NotBlank(message = "{validation.required}") @Size(max = 4000) String rationale,
                      @Size(max = 4000) String controls,
                      @Size(max = 200) String owner,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextReviewOn) {

    static EvaluationForm of(RiskEvaluation evaluation) {
        return new EvaluationForm(evaluation.decision(), evaluation.rationale(), evaluation.controls(),
                evaluation.owner(), evaluation.dueOn(), evaluation.nextReviewOn());
    }

    static EvaluationForm empty() {
        return new EvaluationForm(null, null, null, null, null, null);
    }

    RiskEvaluations.Proposal proposal() {
        return new RiskEvaluations.Proposal(decision, rationale, controls, owner, dueOn, nextReviewOn);
    }
}
