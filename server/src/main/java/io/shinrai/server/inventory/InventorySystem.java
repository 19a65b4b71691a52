package io.shinrai.server.inventory;

import io.shinrai.inventory.LedgerEntry;
import io.shinrai.server.organisation.Organisation;
import java.time.Instant;
import java.util.UUID;

/** A system in a hospital's ledger; its vendor's organisation when the vendor is on the platform. */
public record InventorySystem(UUID id, UUID organisationId, LedgerEntry entry, UUID vendorOrganisationId,
                              Instant createdAt, Instant updatedAt) {

    /** In the critical-infrastructure scope: an EMR, surgery or intensive-care system of a 特定機能病院. */
    public boolean critical(Organisation hospital) {
        return hospital.advancedTreatmentHospital() && entry.category().criticalScope();
    }
}
