package io.shinrai.risk;

/**
 * Where the tiers begin: a risk up to {@code acceptUpTo} is accepted as is, up to {@code manageUpTo} accepted under
 * management, above it not acceptable.
 */
public record AcceptanceThresholds(int acceptUpTo, int manageUpTo) {

    public AcceptanceThresholds {
        if (acceptUpTo < 1 || manageUpTo < acceptUpTo) {
            throw new InvalidRiskDataException("受容の閾値は 1 ≦ そのまま受容の上限 ≦ 管理下で受容の上限 にしてください（"
                    + acceptUpTo + ", " + manageUpTo + "）。", "acceptance thresholds must satisfy 1 <= acceptUpTo <= "
                    + "manageUpTo, not " + acceptUpTo + " and " + manageUpTo);
        }
    }

    public AcceptanceTier tier(int risk) {
        if (risk <= acceptUpTo) {
            return AcceptanceTier.ACCEPT;
        }
        return risk <= manageUpTo ? AcceptanceTier.ACCEPT_UNDER_MANAGEMENT : AcceptanceTier.NOT_ACCEPTABLE;
    }
}
