package io.shinrai.server.disclosure;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.LocalizedText;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.DisclosureCheck;
import io.shinrai.disclosure.Finding;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.file.DisclosureFormat;
import io.shinrai.disclosure.file.ImportResult;
import io.shinrai.disclosure.file.UnusableFileException;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's disclosures through their lifecycle: a draft is answered, published once complete, and a new
 * revision starts as a copy of the last one ("answer once, reuse").
 */
@Service
public class Disclosures {

    private final DisclosureRepository repository;
    private final CatalogueLibrary catalogues;
    private final ActivityLog activity;
    private final Clock clock;

    Disclosures(DisclosureRepository repository, CatalogueLibrary catalogues, ActivityLog activity, Clock clock) {
        this.repository = repository;
        this.catalogues = catalogues;
        this.activity = activity;
        this.clock = clock;
    }

    public List<StoredDisclosure> of(UUID organisationId) {
        return repository.findByOrganisation(organisationId);
    }

    public StoredDisclosure get(UUID organisationId, UUID id) {
        return repository.find(organisationId, id).orElseThrow(NotFoundException::new);
    }

    public Catalogue catalogueOf(StoredDisclosure stored) {
        return catalogues.find(stored.document().catalogueId(), stored.document().catalogueVersion())
                .orElseThrow(() -> new IllegalStateException("catalogue of " + stored.id() + " is gone"));
    }

    @Transactional
    public StoredDisclosure start(UUID organisationId, Catalogue catalogue, BasicInformation basics) {
        String documentId = catalogue.id().toUpperCase(Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Disclosure document = new Disclosure(documentId, catalogue.id(), catalogue.version(), basics, Set.of(),
                Map.of(), List.of());
        return keep(organisationId, UUID.randomUUID(), 1, document, "disclosure.created");
    }

    /** Keeps a disclosure read from a file as a new draft. */
    @Transactional
    public StoredDisclosure importDraft(UUID organisationId, Disclosure document) {
        return keep(organisationId, UUID.randomUUID(), 1, document, "disclosure.imported");
    }

    /**
     * Reads a file (a vendor's workbook, MDS2 or JSON) into a new draft, listing what could not be mapped. A file
     * that holds nothing usable, or answers a checklist this server does not know, changes nothing.
     */
    @Transactional
    public Imported importFile(UUID organisationId, String fileName, byte[] bytes) throws UnusableFileException {
        ImportResult result = readFile(fileName, bytes);
        return new Imported(importDraft(organisationId, result.disclosure()), result.problems());
    }

    /** Reads a vendor's file in any format; refused when it answers a checklist this server does not know. */
    public ImportResult readFile(String fileName, byte[] bytes) throws UnusableFileException {
        ImportResult result = DisclosureFormat.detect(fileName, bytes).read(bytes, baseName(fileName), catalogues);
        Disclosure document = result.disclosure();
        if (catalogues.find(document.catalogueId(), document.catalogueVersion()).isEmpty()) {
            String key = document.catalogueId() + " " + document.catalogueVersion();
            throw new UnusableFileException(new LocalizedText(
                    "このファイルのチェックリスト（" + key + "）はこのサーバーに登録されていません。",
                    "This file answers a checklist (" + key + ") that this server does not know."), null);
        }
        return result;
    }

    /** A new draft read from a file, and what of the file could not be mapped. */
    public record Imported(StoredDisclosure draft, List<LocalizedText> unmapped) {
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    @Transactional
    public StoredDisclosure edit(UUID organisationId, UUID id, Edit edit) {
        StoredDisclosure stored = draft(organisationId, id);
        Disclosure before = stored.document();
        Map<String, ItemAnswer> answers = new HashMap<>(before.answers());
        edit.answers().forEach((ref, answer) -> {
            if (answer.isAnswered() || answer.hasRemarks()) {
                answers.put(ref, answer);
            } else {
                answers.remove(ref);
            }
        });
        Disclosure after = new Disclosure(before.documentId(), before.catalogueId(), before.catalogueVersion(),
                edit.basics() != null ? edit.basics() : before.basics(),
                edit.optionsInUse() != null ? edit.optionsInUse() : before.optionsInUse(),
                answers, before.notes());
        if (!repository.updateDraft(id, after, clock.instant())) {
            throw new ConflictException("disclosure.alreadyPublished");
        }
        Map<String, ItemAnswer> changed = new HashMap<>();
        edit.answers().keySet().forEach(ref -> changed.put(ref, answers.get(ref)));
        activity.record(organisationId, "disclosure.edited", Target.of("disclosure", id), null, changed);
        return get(organisationId, id);
    }

    /** What an edit changes: answers by ref (an empty answer clears one), and optionally the head and options. */
    public record Edit(Map<String, ItemAnswer> answers, BasicInformation basics, Set<String> optionsInUse) {
    }

    /** Publishes a complete draft; a draft with findings stays a draft and the findings are returned. */
    @Transactional
    public List<Finding> publish(UUID organisationId, UUID id) {
        StoredDisclosure stored = draft(organisationId, id);
        List<Finding> findings = new DisclosureCheck(catalogueOf(stored)).findings(stored.document());
        if (!findings.isEmpty()) {
            return findings;
        }
        repository.publish(id, clock.instant());
        activity.record(organisationId, "disclosure.published", Target.of("disclosure", id), null,
                Map.of("documentId", stored.document().documentId(), "revision", stored.revision()));
        return List.of();
    }

    /** Starts the next revision as a copy of a published one. */
    @Transactional
    public StoredDisclosure revise(UUID organisationId, UUID id) {
        StoredDisclosure published = get(organisationId, id);
        if (published.isDraft()) {
            throw new ConflictException("disclosure.stillDraft");
        }
        return keep(organisationId, published.seriesId(), repository.latestRevision(published.seriesId()) + 1,
                published.document(), "disclosure.revised");
    }

    private StoredDisclosure draft(UUID organisationId, UUID id) {
        StoredDisclosure stored = get(organisationId, id);
        if (!stored.isDraft()) {
            throw new ConflictException("disclosure.alreadyPublished");
        }
        return stored;
    }

    private StoredDisclosure keep(UUID organisationId, UUID seriesId, int revision, Disclosure document,
                                  String action) {
        Instant now = clock.instant();
        StoredDisclosure stored = new StoredDisclosure(UUID.randomUUID(), organisationId, seriesId, revision,
                DisclosureStatus.DRAFT, document, now, now, null);
        repository.insert(stored);
        activity.record(organisationId, action, Target.of("disclosure", stored.id()), null,
                Map.of("documentId", document.documentId(), "catalogue", document.catalogueId() + "@"
                        + document.catalogueVersion(), "revision", revision));
        return stored;
    }
}
