package io.shinrai.server.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A set of papers produced for an on-site inspection, and the fingerprint of what was handed over. */
public record InspectionPack(UUID id, UUID organisationId, String responsiblePerson, LocalDate preparedOn,
                             Instant generatedAt, UUID generatedBy, String generatedByName, String sha256) {
}
