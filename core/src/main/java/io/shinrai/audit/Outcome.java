package io.shinrai.audit;

/** EventOutcomeIndicator of DICOM PS3.15 A.5 (the same numbers as FHIR R4 AuditEvent.outcome). */
public enum Outcome {
    SUCCESS(0), MINOR_FAILURE(4), SERIOUS_FAILURE(8), MAJOR_FAILURE(12);

    private final int indicator;

    Outcome(int indicator) {
        this.indicator = indicator;
    }

    public int indicator() {
        return indicator;
    }

    /** The outcome of an indicator as written in a message, or null when the text is none of the four. */
    public static Outcome ofIndicator(String text) {
        for (Outcome outcome : values()) {
            if (String.valueOf(outcome.indicator).equals(text)) {
                return outcome;
            }
        }
        return null;
    }
}
