package io.shinrai.server.product;

import java.time.Instant;
import java.time.LocalDate;

/** A lifecycle date set, moved or cleared: which, from what to what, by whom and when. */
public record LifecycleEvent(Milestone milestone, LocalDate previousDate, LocalDate newDate, String changedBy,
                             Instant changedAt) {
}
