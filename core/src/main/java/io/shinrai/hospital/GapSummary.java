package io.shinrai.hospital;

/**
 * The counts of a gap analysis: items asked (those whose feature is not in use are not), the acceptable ones among
 * them, and the gaps of each kind. Small enough to keep per system and list across a hospital's inventory.
 */
public record GapSummary(int asked, int acceptable, int unanswered, int notAcceptable, int needsRiskEvaluation) {

    public int gaps() {
        return unanswered + notAcceptable + needsRiskEvaluation;
    }

    public boolean hasGaps() {
        return gaps() > 0;
    }
}
