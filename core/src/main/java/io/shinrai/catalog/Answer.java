package io.shinrai.catalog;

/** The answers a checklist item can have. "Unanswered" is the absence of an answer, never one of these. */
public enum Answer {
    YES(new LocalizedText("はい", "Yes")),
    NO(new LocalizedText("いいえ", "No")),
    NOT_APPLICABLE(new LocalizedText("対象外", "N/A")),
    SEE_NOTES(new LocalizedText("備考参照", "See Notes"));

    private final LocalizedText label;

    Answer(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
