package io.shinrai.server.exposure;

import io.shinrai.server.finding.VersionFinding;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.product.Products;
import java.util.List;

/**
 * A system of the hospital's ledger whose product version is on the platform: its version and lifecycle, whether
 * support has ended for it or for components of it, and the findings not yet shown not to affect it.
 */
public record ExposedSystem(InventorySystem system, boolean critical, Products.Versioned installed,
                           boolean pastEndOfSupport, int unsupportedComponents, List<VersionFinding> open) {

    public ExposedSystem {
        open = List.copyOf(open);
    }

    public boolean needsAttention() {
        return !open.isEmpty() || pastEndOfSupport || unsupportedComponents > 0;
    }
}
