package io.shinrai.server.psirt;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a vulnerability report stands. Each open state gives the team a default time for the next step, which they
 * may change per report: five days to confirm or reject (an acknowledgement within a working week), thirty to plan
 * the fix, ninety to ship it (the usual coordinated-disclosure window) and thirty to publish the advisory.
 */
public enum ReportState {
    NEW(5), CONFIRMED(30), REJECTED(0), FIX_PLANNED(90), FIXED(30), DISCLOSED(0);

    private final int daysForNextStep;

    ReportState(int daysForNextStep) {
        this.daysForNextStep = daysForNextStep;
    }

    public List<ReportState> next() {
        return switch (this) {
            case NEW -> List.of(CONFIRMED, REJECTED);
            case CONFIRMED -> List.of(FIX_PLANNED, REJECTED);
            case FIX_PLANNED -> List.of(FIXED);
            case FIXED -> List.of(DISCLOSED);
            case REJECTED, DISCLOSED -> List.of();
        };
    }

    public boolean isClosed() {
        return next().isEmpty();
    }

    Optional<Integer> daysForNextStep() {
        return isClosed() ? Optional.empty() : Optional.of(daysForNextStep);
    }

    /** As in messages and addresses: {@code fix-planned}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ReportState> byId(String id) {
        for (ReportState state : values()) {
            if (state.id().equals(id)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
