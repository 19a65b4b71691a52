package io.shinrai.server.inventory;

import io.shinrai.disclosure.excel.SheetText;
import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.LedgerImport;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hospital's ledger of medical information systems. Critical-infrastructure systems come first wherever the
 * ledger is listed; names are unique within a hospital, so that a ledger file read again updates what it names.
 */
@Service
public class Inventory {

    private final InventoryRepository repository;
    private final Organisations organisations;
    private final Vendors vendors;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inventory(InventoryRepository repository, Organisations organisations, Vendors vendors, ActivityLog activity,
              ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.vendors = vendors;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    /** The systems, critical ones first, then by category and name. */
    public List<InventorySystem> of(UUID hospitalId) {
        Organisation hospital = hospital(hospitalId);
        Comparator<InventorySystem> criticalFirstByCategory = Comparator
                .comparing((InventorySystem system) -> !system.critical(hospital))
                .thenComparing(system -> system.entry().category());
        // each name's sort key once, not once per comparison
        return repository.of(hospitalId).stream()
                .map(system -> Map.entry(SheetText.key(system.entry().name()), system))
                .sorted(Map.Entry.<String, InventorySystem>comparingByValue(criticalFirstByCategory)
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getValue).toList();
    }

    public InventorySystem get(UUID hospitalId, UUID systemId) {
        hospital(hospitalId);
        return repository.find(hospitalId, systemId).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public InventorySystem add(UUID hospitalId, LedgerEntry entry) {
        hospital(hospitalId);
        if (repository.findByName(hospitalId, entry.name()).isPresent()) {
            throw new ConflictException("inventory.duplicateName");
        }
        InventorySystem added = insert(hospitalId, entry);
        activity.record(hospitalId, "inventory.added", Target.of("system", added.id()), null, entry);
        return added;
    }

    @Transactional
    public InventorySystem update(UUID hospitalId, UUID systemId, LedgerEntry entry) {
        InventorySystem before = get(hospitalId, systemId);
        Optional<InventorySystem> sameName = repository.findByName(hospitalId, entry.name());
        if (sameName.isPresent() && !sameName.get().id().equals(systemId)) {
            throw new ConflictException("inventory.duplicateName");
        }
        InventorySystem after = replace(before, entry);
        activity.record(hospitalId, "inventory.updated", Target.of("system", systemId), before.entry(), entry);
        return after;
    }

    @Transactional
    public void remove(UUID hospitalId, UUID systemId) {
        InventorySystem system = get(hospitalId, systemId);
        events.publishEvent(new SystemRemoved(hospitalId, systemId));
        repository.delete(hospitalId, systemId);
        activity.record(hospitalId, "inventory.removed", Target.of("system", systemId), system.entry(), null);
    }

    /** What reading a ledger file did; vendors not on the platform are kept as written and listed here. */
    public record Imported(int added, int updated, List<String> vendorsNotOnPlatform) {
    }

    /**
     * Takes a whole ledger file or nothing: a file with a problem in any row changes nothing. A row whose name is
     * already in the ledger updates that system; any other row adds one.
     */
    @Transactional
    public Imported importLedger(UUID hospitalId, LedgerImport ledger) {
        hospital(hospitalId);
        if (!ledger.usable()) {
            throw new IllegalArgumentException("a ledger with problems is not imported");
        }
        int added = 0;
        int updated = 0;
        List<String> unknownVendors = new ArrayList<>();
        for (LedgerEntry entry : ledger.entries()) {
            Optional<InventorySystem> existing = repository.findByName(hospitalId, entry.name());
            if (existing.isPresent()) {
                replace(existing.get(), entry);
                updated++;
            } else {
                insert(hospitalId, entry);
                added++;
            }
            if (entry.vendor() != null && vendors.named(entry.vendor()).isEmpty()
                    && !unknownVendors.contains(entry.vendor())) {
                unknownVendors.add(entry.vendor());
            }
        }
        activity.record(hospitalId, "inventory.imported", Target.of("inventory", hospitalId), null,
                Map.of("added", added, "updated", updated));
        return new Imported(added, updated, unknownVendors);
    }

    private InventorySystem insert(UUID hospitalId, LedgerEntry entry) {
        Instant now = clock.instant();
        InventorySystem system = new InventorySystem(UUID.randomUUID(), hospitalId, entry, vendorOf(entry), now, now);
        repository.insert(system);
        return system;
    }

    private InventorySystem replace(InventorySystem before, LedgerEntry entry) {
        InventorySystem after = new InventorySystem(before.id(), before.organisationId(), entry, vendorOf(entry),
                before.createdAt(), clock.instant());
        repository.update(after);
        return after;
    }

    private UUID vendorOf(LedgerEntry entry) {
        return vendors.named(entry.vendor()).map(Organisation::id).orElse(null);
    }

    /** The ledger is a hospital's; for any other organisation it does not exist. */
    public Organisation hospital(UUID organisationId) {
        Organisation organisation = organisations.get(organisationId);
        if (!organisation.isHospital()) {
            throw new NotFoundException();
        }
        return organisation;
    }
}
