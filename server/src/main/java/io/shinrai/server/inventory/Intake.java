package io.shinrai.server.inventory;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.disclosure.file.ImportResult;
import io.shinrai.disclosure.file.UnusableFileException;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.disclosure.Disclosures;
import io.shinrai.server.disclosure.Sharing;
import io.shinrai.server.disclosure.StoredDisclosure;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disclosures received for the systems of a hospital's ledger, from platform shares or from vendors' files. Each is
 * kept as received, so the history of what the hospital was told stays whole.
 */
@Service
public class Intake {

    private final ReceivedDisclosureRepository repository;
    private final Inventory inventory;
    private final Sharing sharing;
    private final Disclosures disclosures;
    private final Organisations organisations;
    private final ActivityLog activity;
    private final Clock clock;

    Intake(ReceivedDisclosureRepository repository, Inventory inventory, Sharing sharing, Disclosures disclosures,
           Organisations organisations, ActivityLog activity, Clock clock) {
        this.repository = repository;
        this.inventory = inventory;
        this.sharing = sharing;
        this.disclosures = disclosures;
        this.organisations = organisations;
        this.activity = activity;
        this.clock = clock;
    }

    /** Newest first. */
    public List<ReceivedDisclosure> history(UUID hospitalId, UUID systemId) {
        inventory.get(hospitalId, systemId);
        return repository.ofSystem(hospitalId, systemId);
    }

    /** Everything the hospital received for any system, newest first. */
    public List<ReceivedDisclosure> receivedByHospital(UUID hospitalId) {
        inventory.hospital(hospitalId);
        return repository.ofHospital(hospitalId);
    }

    public ReceivedDisclosure get(UUID hospitalId, UUID systemId, UUID receivedId) {
        return repository.find(hospitalId, systemId, receivedId).orElseThrow(NotFoundException::new);
    }

    public SystemDisclosures of(UUID hospitalId, InventorySystem system) {
        return SystemDisclosures.of(system, repository.ofSystem(hospitalId, system.id()),
                new SharedRevisions(sharing.revisionsReceivedBy(hospitalId)));
    }

    /** The standing of each of the hospital's systems, as {@link Inventory#of} lists them, for ledger and dashboard. */
    public Map<UUID, SystemDisclosures> ofHospital(UUID hospitalId, List<InventorySystem> systems) {
        Map<UUID, List<ReceivedDisclosure>> bySystem = repository.latestOfHospital(hospitalId).stream()
                .collect(Collectors.groupingBy(ReceivedDisclosure::systemId));
        SharedRevisions shared = new SharedRevisions(sharing.revisionsReceivedBy(hospitalId));
        return systems.stream().collect(Collectors.toMap(InventorySystem::id,
                system -> SystemDisclosures.of(system, bySystem.getOrDefault(system.id(), List.of()), shared)));
    }

    /** Attaches a disclosure shared with the hospital; one that is not shared with it does not exist. */
    @Transactional
    public ReceivedDisclosure attachShared(UUID hospitalId, UUID systemId, UUID disclosureId, UUID by) {
        InventorySystem system = inventory.get(hospitalId, systemId);
        StoredDisclosure shared = sharing.received(hospitalId, disclosureId);
        String publisher = organisations.get(shared.organisationId()).name();
        return keep(new ReceivedDisclosure(UUID.randomUUID(), hospitalId, system.id(), shared.id(), publisher, null,
                shared.revision(), shared.document(), clock.instant(), by));
    }

    /** Attaches a vendor's file (workbook, MDS2 or JSON); what could not be mapped is returned. */
    @Transactional
    public List<LocalizedText> attachFile(UUID hospitalId, UUID systemId, String fileName, byte[] bytes, UUID by)
            throws UnusableFileException {
        InventorySystem system = inventory.get(hospitalId, systemId);
        ImportResult read = disclosures.readFile(fileName, bytes);
        keep(new ReceivedDisclosure(UUID.randomUUID(), hospitalId, system.id(), null,
                read.disclosure().basics().vendor(), fileName, null, read.disclosure(), clock.instant(), by));
        return read.problems();
    }

    private ReceivedDisclosure keep(ReceivedDisclosure received) {
        repository.insert(received);
        activity.record(received.organisationId(), "intake.received", Target.of("system", received.systemId()),
                null, Map.of("documentId", received.document().documentId(),
                        "source", received.fromShare() ? "share" : received.fileName()));
        return received;
    }
}
