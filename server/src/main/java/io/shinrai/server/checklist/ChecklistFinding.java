package io.shinrai.server.checklist;

/** Why an item keeps a form from being complete. Shown with the message {@code checklist.finding.<kind>}. */
public record ChecklistFinding(String ref, Kind kind) {

    public enum Kind {
        UNANSWERED,
        TARGET_DATE_MISSING,
        REMARKS_MISSING
    }
}
