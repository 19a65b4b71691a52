package io.shinrai.server.gap;

import io.shinrai.catalog.Catalogue;
import io.shinrai.hospital.Gap;
import io.shinrai.hospital.GapReport;
import io.shinrai.hospital.RequirementProfile;
import io.shinrai.server.inventory.ReceivedDisclosure;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The gaps of one disclosure received for a system, under the profile that applies to it, each with the
 * hospital's current risk evaluation if there is one.
 */
public record SystemGaps(ReceivedDisclosure received, Catalogue catalogue, RequirementProfile profile,
                         GapReport report, Map<String, RiskEvaluation> evaluations) {

    public Optional<RiskEvaluation> evaluationOf(Gap gap) {
        return Optional.ofNullable(evaluations.get(gap.ref()));
    }

    /** A gap is covered once an evaluation of it is approved and not yet due for review. */
    public boolean covered(Gap gap, LocalDate today) {
        return evaluationOf(gap).filter(evaluation -> evaluation.status() == EvaluationStatus.APPROVED
                && !evaluation.reviewDue(today)).isPresent();
    }

    public long uncovered(LocalDate today) {
        return report.gaps().stream().filter(gap -> !covered(gap, today)).count();
    }
}
