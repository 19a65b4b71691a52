package io.shinrai.risk;

/** The risk values of a row under its assessment's method, before and after the controls. */
public record RowRisk(RiskRow row, int inherent, AcceptanceTier inherentTier, int residual,
        AcceptanceTier residualTier) {
}
