package io.shinrai.server.exposure;

import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.finding.Findings;
import io.shinrai.server.finding.VersionFinding;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.product.Products;
import io.shinrai.server.product.VersionNews;
import io.shinrai.server.sbom.Sboms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * A hospital's exposure: the systems of its ledger whose vendor, product and version are on the platform, crossed
 * with the version's lifecycle and findings. The manufacturer's analysis (VEX) decides which findings still matter.
 * News about a version (findings gained, an advisory published) reaches the activity feed of every hospital that
 * installed it.
 */
@Service
public class Exposure {

    private final Inventory inventory;
    private final Products products;
    private final Findings findings;
    private final Sboms sboms;
    private final Installations installations;
    private final ActivityLog activity;

    Exposure(Inventory inventory, Products products, Findings findings, Sboms sboms, Installations installations,
             ActivityLog activity) {
        this.inventory = inventory;
        this.products = products;
        this.findings = findings;
        this.sboms = sboms;
        this.installations = installations;
        this.activity = activity;
    }

    /** The hospital's systems installed from versions on the platform: critical ones first, then those to act on. */
    public List<ExposedSystem> of(UUID hospitalId) {
        Organisation hospital = inventory.hospital(hospitalId);
        LocalDate today = products.today();
        List<ExposedSystem> exposed = new ArrayList<>();
        for (InventorySystem system : inventory.of(hospitalId)) {
            Optional<Products.Versioned> installed = products.installed(system.vendorOrganisationId(),
                    system.entry().product(), system.entry().productVersion());
            installed.ifPresent(versioned -> exposed.add(new ExposedSystem(system, system.critical(hospital),
                    versioned, versioned.version().lifecycle().pastEndOfSupport(today),
                    sboms.unsupportedOf(versioned.version().id(), today),
                    findings.ofInstalled(versioned.version().id()).stream().filter(VersionFinding::open).toList())));
        }
        exposed.sort(Comparator.comparing((ExposedSystem system) -> !system.critical())
                .thenComparing(system -> !system.needsAttention()));
        return exposed;
    }

    @EventListener
    void tell(VersionNews news) {
        for (UUID versionId : news.versionIds()) {
            installations.of(versionId).ifPresent(installed -> installed.byHospital().values().stream()
                    .flatMap(List::stream).forEach(line -> {
                        Map<String, Object> facts = new LinkedHashMap<>(news.facts());
                        facts.put("product", installed.product());
                        facts.put("version", installed.version());
                        activity.record(null, "Shinrai", line.hospitalId(), "exposure." + news.key(),
                                Target.of("system", line.systemId()), null, facts);
                    }));
        }
    }
}
