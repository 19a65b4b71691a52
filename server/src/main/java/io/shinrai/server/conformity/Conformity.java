package io.shinrai.server.conformity;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.CataloguePurpose;
import io.shinrai.catalog.Item;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.attachment.Attachment;
import io.shinrai.server.attachment.Attachments;
import io.shinrai.server.membership.Member;
import io.shinrai.server.membership.Memberships;
import io.shinrai.server.product.ProductVersion;
import io.shinrai.server.product.Products;
import io.shinrai.server.product.Products.Versioned;
import io.shinrai.server.sbom.Sboms;
import io.shinrai.server.security.CurrentActor;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manufacturer's JIS T 81001-5-1 evidence per product version: each activity's status, the person responsible,
 * remarks, files and links. A version without evidence may start from the latest earlier version's; what it takes
 * over stays marked as carried over until someone confirms or edits it for this version.
 */
@Service
public class Conformity {

    static final String CATALOGUE = "iec-81001-5-1";
    private static final int LONGEST_NAME = 200;
    private static final int LONGEST_REMARKS = 4000;
    private static final int LONGEST_URL = 2000;

    private final ConformityRepository repository;
    private final Products products;
    private final Sboms sboms;
    private final CatalogueLibrary catalogues;
    private final Attachments attachments;
    private final Memberships memberships;
    private final ActivityLog activity;
    private final Clock clock;

    Conformity(ConformityRepository repository, Products products, Sboms sboms, CatalogueLibrary catalogues,
               Attachments attachments, Memberships memberships, ActivityLog activity, Clock clock) {
        this.repository = repository;
        this.products = products;
        this.sboms = sboms;
        this.catalogues = catalogues;
        this.attachments = attachments;
        this.memberships = memberships;
        this.activity = activity;
        this.clock = clock;
    }

    /** The latest version of the lifecycle catalogue; evidence is kept by item ref, so it follows new versions. */
    public Catalogue catalogue() {
        return catalogues.all(CataloguePurpose.LIFECYCLE_EVIDENCE).stream()
                .filter(catalogue -> catalogue.id().equals(CATALOGUE))
                .max(Comparator.comparing(Catalogue::version))
                .orElseThrow(() -> new IllegalStateException("no catalogue " + CATALOGUE));
    }

    /** The version's evidence; a responsible member is shown by the name the member goes by now. */
    public VersionConformity of(UUID organisationId, UUID versionId) {
        Versioned versioned = products.version(organisationId, versionId);
        Map<UUID, String> members = new LinkedHashMap<>();
        memberships.members(organisationId).forEach(member -> members.put(member.userId(), member.displayName()));
        Map<String, ActivityRecord> activities = new LinkedHashMap<>();
        repository.activities(versionId, CATALOGUE).forEach((ref, recorded) -> activities.put(ref,
                recorded.responsibleUserId() != null && members.containsKey(recorded.responsibleUserId())
                        ? recorded.withResponsibleName(members.get(recorded.responsibleUserId())) : recorded));
        return new VersionConformity(versioned.product(), versioned.version(), catalogue(), activities,
                repository.evidence(versionId, CATALOGUE), sboms.of(organisationId, versionId).orElse(null));
    }

    /** The latest version of the same product, made before this one, that has evidence; none when this one has. */
    public Optional<ProductVersion> carryOverSource(UUID organisationId, UUID versionId) {
        Versioned versioned = products.version(organisationId, versionId);
        if (repository.hasActivities(versionId, CATALOGUE)) {
            return Optional.empty();
        }
        List<ProductVersion> versions = products.versions(organisationId, versioned.product().id());
        for (int earlier = indexOf(versions, versionId) - 1; earlier >= 0; earlier--) {
            if (repository.hasActivities(versions.get(earlier).id(), CATALOGUE)) {
                return Optional.of(versions.get(earlier));
            }
        }
        return Optional.empty();
    }

    /**
     * Copies the statuses, responsible persons, remarks, links and file references of the latest earlier version
     * with evidence, each activity marked as carried over from it. Returns the version copied from.
     */
    @Transactional
    public ProductVersion carryOver(UUID organisationId, UUID versionId) {
        ProductVersion source = carryOverSource(organisationId, versionId)
                .orElseThrow(() -> new ConflictException("conformity.nothingToCarryOver"));
        Catalogue catalogue = catalogue();
        String actor = CurrentActor.name();
        Instant now = clock.instant();
        Map<String, ActivityRecord> activities = repository.activities(source.id(), CATALOGUE);
        activities.values().stream().filter(recorded -> catalogue.item(recorded.ref()).isPresent())
                .forEach(recorded -> repository.put(versionId, CATALOGUE,
                        recorded.carriedOverFrom(source.id(), actor, now)));
        repository.evidence(source.id(), CATALOGUE).values().stream().flatMap(List::stream)
                .filter(evidence -> catalogue.item(evidence.ref()).isPresent())
                .forEach(evidence -> repository.insert(versionId, CATALOGUE, evidence.copy()));
        activity.record(organisationId, "conformity.carriedOver", Target.of("productVersion", versionId), null,
                Map.of("from", source.version(), "activities", activities.size()));
        return source;
    }

    /** Records an activity for this version, which also confirms what was carried over. */
    @Transactional
    public ActivityRecord record(UUID organisationId, UUID versionId, String ref, ActivityStatus status,
                                 String responsible, String remarks) {
        Item item = item(organisationId, versionId, ref);
        String name = blankToNull(responsible);
        String note = blankToNull(remarks);
        if (name != null && name.length() > LONGEST_NAME || note != null && note.length() > LONGEST_REMARKS) {
            throw new ConflictException("conformity.tooLong");
        }
        if (status == ActivityStatus.NOT_APPLICABLE && note == null) {
            throw new ConflictException("conformity.reasonNeeded");
        }
        ActivityRecord before = repository.activity(versionId, CATALOGUE, item.ref()).orElse(null);
        ActivityRecord after = new ActivityRecord(item.ref(), status, name, member(organisationId, name), note, null,
                null, CurrentActor.name(), clock.instant());
        repository.put(versionId, CATALOGUE, after);
        activity.record(organisationId, "conformity.activityRecorded", Target.of("productVersion", versionId),
                before == null ? null : state(before), state(after));
        return after;
    }

    @Transactional
    public Evidence addFile(UUID organisationId, UUID versionId, String ref, String fileName, byte[] content) {
        Item item = item(organisationId, versionId, ref);
        Attachment attachment = attachments.store(organisationId, fileName, content);
        return add(organisationId, versionId, new Evidence(UUID.randomUUID(), item.ref(), attachment.id(),
                attachment.fileName(), null, null, CurrentActor.name(), clock.instant()));
    }

    /** Adds a link to evidence kept elsewhere (a document system, a test report server); only http and https. */
    @Transactional
    public Evidence addLink(UUID organisationId, UUID versionId, String ref, String url, String label) {
        Item item = item(organisationId, versionId, ref);
        String address = url == null ? "" : url.strip();
        String name = blankToNull(label);
        if (!isWebAddress(address) || name != null && name.length() > LONGEST_NAME) {
            throw new ConflictException("conformity.linkRefused");
        }
        return add(organisationId, versionId, new Evidence(UUID.randomUUID(), item.ref(), null, null, address, name,
                CurrentActor.name(), clock.instant()));
    }

    /** Takes evidence off the version; a file goes with the last version that showed it. */
    @Transactional
    public Evidence removeEvidence(UUID organisationId, UUID versionId, UUID evidenceId) {
        products.version(organisationId, versionId);
        Evidence evidence = repository.evidence(versionId, CATALOGUE).values().stream().flatMap(List::stream)
                .filter(candidate -> candidate.id().equals(evidenceId)).findFirst()
                .orElseThrow(NotFoundException::new);
        repository.delete(evidenceId);
        if (evidence.isFile() && !repository.attachmentInUse(evidence.attachmentId())) {
            attachments.delete(organisationId, evidence.attachmentId());
        }
        touch(versionId, evidence.ref());
        activity.record(organisationId, "conformity.evidenceRemoved", Target.of("productVersion", versionId),
                Map.of("activity", evidence.ref(), "evidence", evidence.written()), null);
        return evidence;
    }

    private Evidence add(UUID organisationId, UUID versionId, Evidence evidence) {
        touch(versionId, evidence.ref());
        repository.insert(versionId, CATALOGUE, evidence);
        activity.record(organisationId, "conformity.evidenceAdded", Target.of("productVersion", versionId), null,
                Map.of("activity", evidence.ref(), "evidence", evidence.written()));
        return evidence;
    }

    /** Marks an activity as this version's own, recording it as not started if nothing was recorded yet. */
    private void touch(UUID versionId, String ref) {
        String actor = CurrentActor.name();
        Instant now = clock.instant();
        ActivityRecord recorded = repository.activity(versionId, CATALOGUE, ref)
                .orElse(ActivityRecord.notStarted(ref));
        repository.put(versionId, CATALOGUE, recorded.confirmed(actor, now));
    }

    private static int indexOf(List<ProductVersion> versions, UUID versionId) {
        for (int index = 0; index < versions.size(); index++) {
            if (versions.get(index).id().equals(versionId)) {
                return index;
            }
        }
        throw new NotFoundException();
    }

    private Item item(UUID organisationId, UUID versionId, String ref) {
        products.version(organisationId, versionId);
        return catalogue().item(ref).orElseThrow(NotFoundException::new);
    }

    /** The member whose name was given, when exactly one member goes by it. */
    private UUID member(UUID organisationId, String name) {
        if (name == null) {
            return null;
        }
        List<Member> named = memberships.members(organisationId).stream()
                .filter(member -> name.equals(member.displayName())).toList();
        return named.size() == 1 ? named.get(0).userId() : null;
    }

    private static boolean isWebAddress(String address) {
        if (address.isEmpty() || address.length() > LONGEST_URL) {
            return false;
        }
        try {
            URI uri = new URI(address);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    private static Map<String, Object> state(ActivityRecord recorded) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("activity", recorded.ref());
        state.put("status", recorded.status().name());
        state.put("responsible", recorded.responsibleName());
        state.put("remarks", recorded.remarks());
        return state;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
