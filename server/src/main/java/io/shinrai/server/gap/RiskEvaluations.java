package io.shinrai.server.gap;

import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.security.ShinraiPrincipal;
import io.shinrai.server.web.ConflictException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hospital's risk evaluations of gaps, with four eyes: one person proposes a decision, another approves it or
 * returns it with a comment. Every step is kept as a version, so the history can be shown at an inspection.
 */
@Service
public class RiskEvaluations {

    private final RiskEvaluationRepository repository;
    private final Inventory inventory;
    private final ActivityLog activity;
    private final Clock clock;

    RiskEvaluations(RiskEvaluationRepository repository, Inventory inventory, ActivityLog activity, Clock clock) {
        this.repository = repository;
        this.inventory = inventory;
        this.activity = activity;
        this.clock = clock;
    }

    /** What a person proposes for a gap. */
    public record Proposal(RiskDecision decision, String rationale, String controls, String owner, LocalDate dueOn,
                           LocalDate nextReviewOn) {
    }

    public List<RiskEvaluation> history(UUID hospitalId, GapKey gap) {
        inventory.get(hospitalId, gap.systemId());
        return repository.history(hospitalId, gap.systemId(), gap.catalogueId(), gap.itemRef());
    }

    public Optional<RiskEvaluation> current(UUID hospitalId, GapKey gap) {
        return history(hospitalId, gap).stream().findFirst();
    }

    /** The latest version of every evaluation of the hospital, by gap. */
    public Map<GapKey, RiskEvaluation> currentOf(UUID hospitalId) {
        return byGap(repository.currentOf(hospitalId));
    }

    /** The latest version of every evaluation of one system, by gap. */
    public Map<GapKey, RiskEvaluation> currentOf(UUID hospitalId, UUID systemId) {
        return byGap(repository.currentOf(hospitalId, systemId));
    }

    private static Map<GapKey, RiskEvaluation> byGap(List<RiskEvaluation> current) {
        return current.stream().collect(Collectors.toMap(
                evaluation -> new GapKey(evaluation.systemId(), evaluation.catalogueId(), evaluation.itemRef()),
                Function.identity()));
    }

    @Transactional
    public RiskEvaluation propose(UUID hospitalId, GapKey gap, Proposal proposal, ShinraiPrincipal by) {
        if (proposal.decision() == RiskDecision.MITIGATE && blank(proposal.controls())) {
            throw new ConflictException("evaluation.controlsNeeded");
        }
        int version = current(hospitalId, gap).map(RiskEvaluation::version).orElse(0) + 1;
        return keep(new RiskEvaluation(UUID.randomUUID(), hospitalId, gap.systemId(), gap.catalogueId(),
                gap.itemRef(), version, proposal.decision(), proposal.rationale().strip(), given(proposal.controls()),
                given(proposal.owner()), proposal.dueOn(), proposal.nextReviewOn(), EvaluationStatus.PROPOSED, null,
                clock.instant(), by.actingUserId(), by.displayName()), "evaluation.proposed");
    }

    /** Approves the proposal; the person who proposed it cannot approve it. */
    @Transactional
    public RiskEvaluation approve(UUID hospitalId, GapKey gap, ShinraiPrincipal by) {
        RiskEvaluation proposal = pendingProposal(hospitalId, gap);
        if (by.actingUserId().equals(proposal.recordedBy())) {
            throw new ConflictException("evaluation.ownProposal");
        }
        return keep(next(proposal, EvaluationStatus.APPROVED, null, by), "evaluation.approved");
    }

    @Transactional
    public RiskEvaluation returnWithComment(UUID hospitalId, GapKey gap, String comment, ShinraiPrincipal by) {
        RiskEvaluation proposal = pendingProposal(hospitalId, gap);
        return keep(next(proposal, EvaluationStatus.RETURNED, given(comment), by), "evaluation.returned");
    }

    private RiskEvaluation pendingProposal(UUID hospitalId, GapKey gap) {
        return current(hospitalId, gap).filter(evaluation -> evaluation.status() == EvaluationStatus.PROPOSED)
                .orElseThrow(() -> new ConflictException("evaluation.nothingToApprove"));
    }

    private RiskEvaluation next(RiskEvaluation proposal, EvaluationStatus status, String comment,
                                ShinraiPrincipal by) {
        return new RiskEvaluation(UUID.randomUUID(), proposal.organisationId(), proposal.systemId(),
                proposal.catalogueId(), proposal.itemRef(), proposal.version() + 1, proposal.decision(),
                proposal.rationale(), proposal.controls(), proposal.owner(), proposal.dueOn(),
                proposal.nextReviewOn(), status, comment, clock.instant(), by.actingUserId(), by.displayName());
    }

    private RiskEvaluation keep(RiskEvaluation evaluation, String action) {
        repository.insert(evaluation);
        activity.record(evaluation.organisationId(), action, Target.of("system", evaluation.systemId()), null,
                Map.of("catalogue", evaluation.catalogueId(), "item", evaluation.itemRef(),
                        "decision", evaluation.decision().name(), "version", evaluation.version()));
        return evaluation;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String given(String text) {
        return blank(text) ? null : text.strip();
    }
}
