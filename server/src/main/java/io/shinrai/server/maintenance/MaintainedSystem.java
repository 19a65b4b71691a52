package io.shinrai.server.maintenance;

import java.util.UUID;

/** A hospital system that a vendor may ask to maintain: its ledger entry names the vendor and remote maintenance. */
public record MaintainedSystem(UUID id, UUID hospitalId, String hospitalName, String name, String method) {
}
