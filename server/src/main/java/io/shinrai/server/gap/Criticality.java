package io.shinrai.server.gap;

import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.organisation.Organisation;

/**
 * A hospital chooses one profile per catalogue for its standard systems and one for those under the
 * critical-infrastructure regime; this says which of the two applies to a system.
 */
public enum Criticality {
    STANDARD, CRITICAL;

    public static Criticality of(Organisation hospital, InventorySystem system) {
        return system.critical(hospital) ? CRITICAL : STANDARD;
    }
}
