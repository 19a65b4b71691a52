package io.shinrai.server.psirt;

import java.time.Instant;

/** A change of state, with the note the team gave the reporter; the reporter's tracking page shows these. */
public record ReportStep(ReportState state, String note, Instant takenAt) {
}
