package io.shinrai.server.checklist;

import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.attachment.Attachments;
import io.shinrai.server.disclosure.Sharing;
import io.shinrai.server.disclosure.Sharing.Received;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendors' forms (事業者確認用) of a round, one per system of the ledger: linked to the vendor checklist the vendor
 * published and shared, or recorded by the hospital from the paper form the vendor handed over.
 */
@Service
public class VendorForms {

    private final Checklists checklists;
    private final ChecklistRepository repository;
    private final Inventory inventory;
    private final Sharing sharing;
    private final CatalogueLibrary catalogues;
    private final Attachments attachments;
    private final ActivityLog activity;

    VendorForms(Checklists checklists, ChecklistRepository repository, Inventory inventory, Sharing sharing,
                CatalogueLibrary catalogues, Attachments attachments, ActivityLog activity) {
        this.checklists = checklists;
        this.repository = repository;
        this.inventory = inventory;
        this.sharing = sharing;
        this.catalogues = catalogues;
        this.attachments = attachments;
        this.activity = activity;
    }

    /** A system of the ledger and its vendor's form in a round, if the hospital has one. */
    public record SystemVendorForm(InventorySystem system, boolean critical, ChecklistForm form) {

        public boolean present() {
            return form != null && !form.linkBroken();
        }
    }

    /** Every system of the ledger with its form, critical-infrastructure systems first. */
    public List<SystemVendorForm> of(UUID hospitalId, UUID roundId) {
        Organisation hospital = inventory.hospital(hospitalId);
        ChecklistRound round = checklists.round(hospitalId, roundId);
        Map<UUID, Checklist> forms = repository.vendorsOf(round.id());
        return inventory.of(hospitalId).stream().map(system -> new SystemVendorForm(system,
                system.critical(hospital), forms.containsKey(system.id()) ? checklists.form(forms.get(system.id())) : null))
                .toList();
    }

    /** The vendor checklists shared with the hospital, those of the system's vendor first. */
    public List<Received> linkable(UUID hospitalId, InventorySystem system) {
        return sharing.receivedBy(hospitalId).stream()
                .filter(received -> received.disclosure().document().catalogueId().equals(Checklists.VENDOR_CATALOGUE))
                .sorted(Comparator.comparing(received -> !received.publisher().id()
                        .equals(system.vendorOrganisationId())))
                .toList();
    }

    /** Takes the system's vendor form from a vendor checklist shared with the hospital; its answers stay the vendor's. */
    @Transactional
    public void link(UUID hospitalId, UUID roundId, UUID systemId, UUID disclosureId) {
        ChecklistRound round = unformed(hospitalId, roundId, systemId);
        Received received = checklists.received(hospitalId, disclosureId)
                .filter(candidate -> candidate.disclosure().document().catalogueId()
                        .equals(Checklists.VENDOR_CATALOGUE))
                .orElseThrow(NotFoundException::new);
        Checklist form = checklists.insertChecklist(round, systemId, catalogues.find(
                received.disclosure().document().catalogueId(), received.disclosure().document().catalogueVersion())
                .orElseThrow(NotFoundException::new), disclosureId);
        activity.record(hospitalId, "checklist.vendor-linked", Target.of("checklist", form.id()), null,
                Map.of("system", systemId.toString(), "disclosure", disclosureId.toString(),
                        "vendor", received.publisher().name()));
    }

    /** Starts the system's vendor form for the hospital to fill in from the paper form. */
    @Transactional
    public void record(UUID hospitalId, UUID roundId, UUID systemId) {
        ChecklistRound round = unformed(hospitalId, roundId, systemId);
        Checklist form = checklists.insertChecklist(round, systemId, checklists.latest(Checklists.VENDOR_CATALOGUE),
                null);
        activity.record(hospitalId, "checklist.vendor-recorded", Target.of("checklist", form.id()), null,
                Map.of("system", systemId.toString()));
    }

    /** Removes the system's vendor form, with what the hospital recorded in it, to link or record it anew. */
    @Transactional
    public void remove(UUID hospitalId, UUID roundId, UUID systemId) {
        Checklist form = checklists.checklist(hospitalId, roundId, systemId).orElseThrow(NotFoundException::new);
        repository.evidence(form.id()).keySet().forEach(attachment -> attachments.delete(hospitalId, attachment));
        repository.delete(form.id());
        activity.record(hospitalId, "checklist.vendor-removed", Target.of("checklist", form.id()),
                Map.of("system", systemId.toString()), null);
    }

    private ChecklistRound unformed(UUID hospitalId, UUID roundId, UUID systemId) {
        if (checklists.checklist(hospitalId, roundId, systemId).isPresent()) {
            throw new ConflictException("checklist.vendorFormExists");
        }
        return checklists.round(hospitalId, roundId);
    }
}
