package io.shinrai.server.riskassessment;

import io.shinrai.risk.Assessment;
import io.shinrai.risk.AssessmentState;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a risk assessment as kept, with who moved it through the review and when.
 *
 * @param hospitalId null when the vendor assesses its service alone
 */
public record StoredAssessment(UUID id, UUID organisationId, UUID serviceId, UUID hospitalId, UUID seriesId,
        Assessment assessment, Instant createdAt, Instant updatedAt, String submittedBy, Instant submittedAt,
        String decidedBy, Instant decidedAt) {

    public AssessmentState state() {
        return assessment.state();
    }

    public int version() {
        return assessment.version();
    }

    public boolean isDraft() {
        return state() == AssessmentState.DRAFT;
    }
}
