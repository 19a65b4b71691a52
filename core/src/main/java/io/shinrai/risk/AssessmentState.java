package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;
import java.util.Set;

/** Where an assessment is in its review: drafted, submitted for approval, accepted (frozen) or sent back. */
public enum AssessmentState {
    DRAFT(new LocalizedText("作成中", "draft")),
    SUBMITTED(new LocalizedText("提出済み", "submitted")),
    ACCEPTED(new LocalizedText("承認済み", "accepted")),
    REJECTED(new LocalizedText("差戻し", "rejected"));

    private final LocalizedText label;

    AssessmentState(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /** Accepted is final: a change to an accepted assessment is a new version, which starts as a draft. */
    public Set<AssessmentState> next() {
        return switch (this) {
            case DRAFT -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(ACCEPTED, REJECTED, DRAFT);
            case REJECTED -> Set.of(DRAFT);
            case ACCEPTED -> Set.of();
        };
    }
}
