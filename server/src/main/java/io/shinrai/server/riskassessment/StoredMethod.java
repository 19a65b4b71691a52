package io.shinrai.server.riskassessment;

import io.shinrai.risk.RiskMethod;
import java.time.Instant;
import java.util.UUID;

/** An organisation's own risk method; assessments made with it keep their own copy. */
public record StoredMethod(UUID id, UUID organisationId, RiskMethod method, Instant updatedAt) {
}
