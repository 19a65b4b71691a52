package io.shinrai.server.checklist;

import java.time.Instant;
import java.util.UUID;

/**
 * One form of a round: the hospital's own (no system), or a vendor's for one system of the ledger. A vendor's form
 * linked to a shared disclosure holds no answers of its own.
 */
public record Checklist(UUID id, UUID organisationId, UUID roundId, UUID systemId, String catalogueId,
                        String catalogueVersion, UUID disclosureId, Instant createdAt, Instant updatedAt) {

    public boolean isHospitals() {
        return systemId == null;
    }

    public boolean isLinked() {
        return disclosureId != null;
    }
}
