package io.shinrai.server.conformity;

/** How far a lifecycle activity is for one product version: 未着手, 実施中, 完了 or 対象外. */
public enum ActivityStatus {
    NOT_STARTED, IN_PROGRESS, DONE, NOT_APPLICABLE;

    /** Done, or justified as not applicable: what counts towards a clause's completeness. */
    public boolean settled() {
        return this == DONE || this == NOT_APPLICABLE;
    }

    public String label() {
        return "conformity.status." + name();
    }
}
