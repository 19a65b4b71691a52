package io.shinrai.server.riskassessment;

import java.time.Instant;
import java.util.UUID;

/** A remote maintenance service a vendor offers hospitals; its risk assessments, SLA and RSS-SDS hang on it. */
public record RemoteService(UUID id, UUID organisationId, String name, Instant createdAt) {
}
