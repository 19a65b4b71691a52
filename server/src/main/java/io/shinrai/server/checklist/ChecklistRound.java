package io.shinrai.server.checklist;

import java.time.Instant;
import java.util.UUID;

/** A hospital's checklist work for one fiscal year: its own form and those of the vendors of its systems. */
public record ChecklistRound(UUID id, UUID organisationId, FiscalYear year, Instant createdAt) {
}
