package io.shinrai.server.riskassessment;

import java.time.Instant;
import java.util.UUID;

/**
 * A remote maintenance service a vendor offers hospitals; its risk assessments, SLA and RSS-SDS hang on it.
 *
 * @param disclosureSeriesId the series of its RSS-SDS disclosure, whose every revision speaks for it; null until linked
 */
public record RemoteService(UUID id, UUID organisationId, String name, UUID disclosureSeriesId, Instant createdAt) {
}
