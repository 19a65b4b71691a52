package io.shinrai.server.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * A manufacturer, service provider or hospital. The two hospital flags mark the scope of the proposed
 * critical-infrastructure regime (特定機能病院, 基幹インフラ事業者).
 */
public record Organisation(
        UUID id,
        String name,
        OrganisationKind kind,
        boolean advancedTreatmentHospital,
        boolean criticalInfrastructure,
        boolean requireTwoFactor,
        Instant createdAt) {

    public boolean isHospital() {
        return kind == OrganisationKind.HOSPITAL;
    }
}
