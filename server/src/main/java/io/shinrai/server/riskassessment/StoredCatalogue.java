package io.shinrai.server.riskassessment;

import io.shinrai.risk.RiskCatalogue;
import java.time.Instant;
import java.util.UUID;

/** An organisation's own catalogue of assets, threats and vulnerabilities; assessments made with it keep a copy. */
public record StoredCatalogue(UUID id, UUID organisationId, RiskCatalogue catalogue, Instant updatedAt) {
}
