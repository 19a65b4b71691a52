package io.shinrai.server.checklist;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.Section;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.attachment.Attachment;
import io.shinrai.server.attachment.Attachments;
import io.shinrai.server.disclosure.Sharing;
import io.shinrai.server.disclosure.Sharing.Received;
import io.shinrai.server.disclosure.StoredDisclosure;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.inventory.SystemRemoved;
import io.shinrai.server.organisation.OrganisationRepository;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hospital's rounds of the MHLW cybersecurity checklist and the forms in them: answering item by item, the
 * evidence for each item, and a new year's round started from last year's answers.
 */
@Service
public class Checklists {

    static final String HOSPITAL_CATALOGUE = "mhlw-hospital-checklist";
    static final String VENDOR_CATALOGUE = "mhlw-vendor-checklist";

    private final ChecklistRepository repository;
    private final CatalogueLibrary catalogues;
    private final Inventory inventory;
    private final Attachments attachments;
    private final Sharing sharing;
    private final OrganisationRepository organisations;
    private final ActivityLog activity;
    private final Clock clock;

    Checklists(ChecklistRepository repository, CatalogueLibrary catalogues, Inventory inventory,
               Attachments attachments, Sharing sharing, OrganisationRepository organisations, ActivityLog activity,
               Clock clock) {
        this.repository = repository;
        this.catalogues = catalogues;
        this.inventory = inventory;
        this.attachments = attachments;
        this.sharing = sharing;
        this.organisations = organisations;
        this.activity = activity;
        this.clock = clock;
    }

    /** Today in Japan, where the forms' dates are meant. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ActivityLog.DISPLAY_ZONE);
    }

    public List<ChecklistRound> rounds(UUID hospitalId) {
        inventory.hospital(hospitalId);
        return repository.rounds(hospitalId);
    }

    public ChecklistRound round(UUID hospitalId, UUID roundId) {
        inventory.hospital(hospitalId);
        return repository.findRound(hospitalId, roundId).orElseThrow(NotFoundException::new);
    }

    /**
     * Starts the round of a fiscal year with the hospital's own form. With {@code carryOver}, the form starts with
     * the answers and remarks of the latest earlier round, their dates cleared so that each item is checked again.
     */
    @Transactional
    public ChecklistRound start(UUID hospitalId, FiscalYear year, boolean carryOver) {
        List<ChecklistRound> rounds = rounds(hospitalId);
        if (rounds.stream().anyMatch(round -> round.year().equals(year))) {
            throw new ConflictException("checklist.roundExists");
        }
        Instant now = clock.instant();
        ChecklistRound round = new ChecklistRound(UUID.randomUUID(), hospitalId, year, now);
        repository.insert(round);
        Checklist form = insertChecklist(round, null, latest(HOSPITAL_CATALOGUE), null);
        Optional<ChecklistRound> previous = carryOver
                ? rounds.stream().filter(earlier -> earlier.year().compareTo(year) < 0).findFirst()
                : Optional.empty();
        previous.ifPresent(earlier -> carryOver(repository.hospitals(earlier.id()).orElseThrow(), form));
        Map<String, Object> started = new LinkedHashMap<>();
        started.put("fiscalYear", year.value());
        previous.ifPresent(earlier -> started.put("carriedOverFrom", earlier.year().value()));
        activity.record(hospitalId, "checklist.round-started", Target.of("checklist-round", round.id()), null,
                started);
        return round;
    }

    private void carryOver(Checklist from, Checklist to) {
        Catalogue catalogue = catalogueOf(to);
        repository.answers(from.id()).forEach((ref, answer) -> {
            if (catalogue.item(ref).isPresent()) {
                repository.put(to.id(), ref, answer.carriedOver());
            }
        });
    }

    Checklist insertChecklist(ChecklistRound round, UUID systemId, Catalogue catalogue, UUID disclosureId) {
        Instant now = clock.instant();
        Checklist checklist = new Checklist(UUID.randomUUID(), round.organisationId(), round.id(), systemId,
                catalogue.id(), catalogue.version(), disclosureId, now, now);
        repository.insert(checklist);
        return checklist;
    }

    /** The form of a round: the hospital's own without a system, else the vendor's for that system, if there is one. */
    public Optional<ChecklistForm> form(UUID hospitalId, UUID roundId, UUID systemId) {
        return checklist(hospitalId, roundId, systemId).map(this::form);
    }

    ChecklistForm form(Checklist checklist) {
        Catalogue catalogue = catalogueOf(checklist);
        if (checklist.isLinked()) {
            Optional<Received> source = received(checklist.organisationId(), checklist.disclosureId());
            return new ChecklistForm(checklist, catalogue, source.map(Checklists::answersOf).orElse(Map.of()),
                    Map.of(), source.orElse(null));
        }
        Map<UUID, String> evidenceRefs = repository.evidence(checklist.id());
        Map<String, List<Attachment>> evidence = new HashMap<>();
        for (Attachment attachment : attachments.getAll(checklist.organisationId(), evidenceRefs.keySet())) {
            evidence.computeIfAbsent(evidenceRefs.get(attachment.id()), ref -> new ArrayList<>()).add(attachment);
        }
        return new ChecklistForm(checklist, catalogue, repository.answers(checklist.id()), evidence, null);
    }

    /**
     * Saves the answers given for the items of one section of a form the hospital keeps itself; items not given are
     * left as they are. Returns the form as saved.
     */
    @Transactional
    public ChecklistForm answer(UUID hospitalId, UUID roundId, UUID systemId, String sectionId,
                                Map<String, ChecklistAnswer> given) {
        Checklist checklist = keptByHospital(hospitalId, roundId, systemId);
        Section section = catalogueOf(checklist).sections().stream()
                .filter(candidate -> candidate.id().equals(sectionId)).findFirst()
                .orElseThrow(NotFoundException::new);
        Map<String, ChecklistAnswer> stored = repository.answers(checklist.id());
        Map<String, ChecklistAnswer> before = new LinkedHashMap<>();
        Map<String, ChecklistAnswer> after = new LinkedHashMap<>();
        LocalDate today = today();
        for (Item item : section.allItems()) {
            if (!given.containsKey(item.ref())) {
                continue;
            }
            ChecklistAnswer was = stored.getOrDefault(item.ref(), ChecklistAnswer.NONE);
            ChecklistAnswer now = given.get(item.ref()).settled(was, today);
            if (!now.equals(was)) {
                repository.put(checklist.id(), item.ref(), now);
                before.put(item.ref(), was);
                after.put(item.ref(), now);
            }
        }
        if (!after.isEmpty()) {
            repository.touch(checklist.id(), clock.instant());
            activity.record(hospitalId, "checklist.answered", Target.of("checklist", checklist.id()), before, after);
        }
        return form(checklist);
    }

    /** Keeps a file as evidence for one item of a form the hospital keeps itself. */
    @Transactional
    public Attachment addEvidence(UUID hospitalId, UUID roundId, UUID systemId, String ref, String fileName,
                                  byte[] content) {
        Checklist checklist = keptByHospital(hospitalId, roundId, systemId);
        catalogueOf(checklist).item(ref).orElseThrow(NotFoundException::new);
        Attachment attachment = attachments.store(hospitalId, fileName, content);
        repository.addEvidence(checklist.id(), ref, attachment.id());
        activity.record(hospitalId, "checklist.evidence-added", Target.of("checklist", checklist.id()), null,
                evidenceState(ref, attachment));
        return attachment;
    }

    /** A system's forms go with it from the ledger; their evidence files would otherwise be kept unreachable. */
    @EventListener
    void removeEvidenceOf(SystemRemoved removed) {
        repository.evidenceOfSystem(removed.hospitalId(), removed.systemId())
                .forEach(attachment -> attachments.delete(removed.hospitalId(), attachment));
    }

    @Transactional
    public void removeEvidence(UUID hospitalId, UUID roundId, UUID systemId, UUID attachmentId) {
        Checklist checklist = keptByHospital(hospitalId, roundId, systemId);
        String ref = repository.evidence(checklist.id()).get(attachmentId);
        if (ref == null) {
            throw new NotFoundException();
        }
        Attachment attachment = attachments.get(hospitalId, attachmentId);
        attachments.delete(hospitalId, attachmentId);
        activity.record(hospitalId, "checklist.evidence-removed", Target.of("checklist", checklist.id()),
                evidenceState(ref, attachment), null);
    }

    private static Map<String, Object> evidenceState(String ref, Attachment attachment) {
        return Map.of("item", ref, "file", attachment.fileName(), "sha256", attachment.sha256());
    }

    Optional<Checklist> checklist(UUID hospitalId, UUID roundId, UUID systemId) {
        ChecklistRound round = round(hospitalId, roundId);
        if (systemId == null) {
            return repository.hospitals(round.id());
        }
        inventory.get(hospitalId, systemId);
        return repository.vendors(round.id(), systemId);
    }

    /** A form whose answers the hospital records: its own, or a vendor's taken from paper. */
    private Checklist keptByHospital(UUID hospitalId, UUID roundId, UUID systemId) {
        Checklist checklist = checklist(hospitalId, roundId, systemId).orElseThrow(NotFoundException::new);
        if (checklist.isLinked()) {
            throw new ConflictException("checklist.linkedReadOnly");
        }
        return checklist;
    }

    Catalogue catalogueOf(Checklist checklist) {
        return catalogues.find(checklist.catalogueId(), checklist.catalogueVersion())
                .orElseThrow(() -> new IllegalStateException("catalogue of checklist " + checklist.id() + " is gone"));
    }

    Catalogue latest(String catalogueId) {
        return catalogues.all().stream().filter(catalogue -> catalogue.id().equals(catalogueId))
                .max(Comparator.comparing(Catalogue::version))
                .orElseThrow(() -> new IllegalStateException("no catalogue " + catalogueId));
    }

    /** A vendor checklist shared with the hospital and not revoked, with its publisher. */
    Optional<Received> received(UUID hospitalId, UUID disclosureId) {
        try {
            StoredDisclosure disclosure = sharing.received(hospitalId, disclosureId);
            return organisations.find(disclosure.organisationId())
                    .map(publisher -> new Received(disclosure, publisher));
        } catch (NotFoundException notShared) {
            return Optional.empty();
        }
    }

    /** A published disclosure's answers as the form's: checked on the day the vendor dated it, no target dates. */
    private static Map<String, ChecklistAnswer> answersOf(Received source) {
        StoredDisclosure disclosure = source.disclosure();
        LocalDate dated = Optional.ofNullable(disclosure.document().basics().createdOn())
                .orElse(LocalDate.ofInstant(disclosure.publishedAt(), ActivityLog.DISPLAY_ZONE));
        Map<String, ChecklistAnswer> answers = new HashMap<>();
        disclosure.document().answers().forEach((ref, answer) -> {
            if (answer.answer() != null) {
                answers.put(ref, new ChecklistAnswer(answer.answer(), dated, null,
                        answer.hasRemarks() ? answer.remarks() : null));
            }
        });
        return answers;
    }
}
