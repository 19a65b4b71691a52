package io.shinrai.server.disclosure;

import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationRepository;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing published disclosures with hospitals on the platform. A hospital sees exactly what was shared with it
 * and not revoked; for anything else it gets the same 404 as for what does not exist.
 */
@Service
public class Sharing {

    private final ShareRepository shares;
    private final DisclosureRepository disclosureRepository;
    private final Disclosures disclosures;
    private final OrganisationRepository organisations;
    private final ActivityLog activity;
    private final Clock clock;

    Sharing(ShareRepository shares, DisclosureRepository disclosureRepository, Disclosures disclosures,
            OrganisationRepository organisations, ActivityLog activity, Clock clock) {
        this.shares = shares;
        this.disclosureRepository = disclosureRepository;
        this.disclosures = disclosures;
        this.organisations = organisations;
        this.activity = activity;
        this.clock = clock;
    }

    /** The hospitals a disclosure can be shared with. */
    public List<Organisation> hospitals() {
        return organisations.findAll().stream().filter(Organisation::isHospital).toList();
    }

    @Transactional
    public void share(UUID organisationId, UUID disclosureId, UUID hospitalId) {
        StoredDisclosure stored = disclosures.get(organisationId, disclosureId);
        if (stored.isDraft()) {
            throw new ConflictException("share.draft");
        }
        Organisation hospital = organisations.find(hospitalId).filter(Organisation::isHospital)
                .orElseThrow(NotFoundException::new);
        shares.share(disclosureId, hospital.id(), clock.instant());
        activity.record(organisationId, "disclosure.shared", Target.of("disclosure", disclosureId), null,
                Map.of("hospital", hospital.name()));
    }

    @Transactional
    public void revoke(UUID organisationId, UUID disclosureId, UUID hospitalId) {
        disclosures.get(organisationId, disclosureId);
        if (shares.revoke(disclosureId, hospitalId, clock.instant())) {
            activity.record(organisationId, "disclosure.share-revoked", Target.of("disclosure", disclosureId),
                    Map.of("hospital", hospitalId.toString()), null);
        }
    }

    public List<Share> sharesOf(UUID organisationId, UUID disclosureId) {
        disclosures.get(organisationId, disclosureId);
        return shares.ofDisclosure(disclosureId);
    }

    /** A received disclosure and the organisation that published it. */
    public record Received(StoredDisclosure disclosure, Organisation publisher) {
    }

    /** What the hospital may see now, the latest shared first. */
    public List<Received> receivedBy(UUID hospitalId) {
        List<StoredDisclosure> shared = disclosureRepository.findSharedWith(hospitalId);
        Map<UUID, Organisation> publishers = organisations.findAll(
                        shared.stream().map(StoredDisclosure::organisationId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        return shared.stream().map(stored -> new Received(stored, publishers.get(stored.organisationId()))).toList();
    }

    /** The same as {@link #receivedBy}, without reading the documents. */
    public List<SharedRevision> revisionsReceivedBy(UUID hospitalId) {
        return shares.revisionsFor(hospitalId);
    }

    public StoredDisclosure received(UUID hospitalId, UUID disclosureId) {
        if (!shares.isActive(disclosureId, hospitalId)) {
            throw new NotFoundException();
        }
        return disclosureRepository.findShared(disclosureId).orElseThrow(NotFoundException::new);
    }
}
