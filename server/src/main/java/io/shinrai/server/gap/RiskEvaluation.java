package io.shinrai.server.gap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One version of a hospital's risk evaluation of a gap (an item of a checklist, for one system). */
public record RiskEvaluation(UUID id, UUID organisationId, UUID systemId, String catalogueId, String itemRef,
                             int version, RiskDecision decision, String rationale, String controls, String owner,
                             LocalDate dueOn, LocalDate nextReviewOn, EvaluationStatus status, String comment,
                             Instant recordedAt, UUID recordedBy, String recordedByName) {

    /** An approved evaluation whose review date has come needs looking at again. */
    public boolean reviewDue(LocalDate today) {
        return status == EvaluationStatus.APPROVED && nextReviewOn != null && !nextReviewOn.isAfter(today);
    }
}
