package io.shinrai.server.disclosure;

import io.shinrai.crypto.Sha256;
import io.shinrai.server.ShinraiProperties;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.security.Secrets;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing published disclosures by link, with readers who have no account on the platform. The link carries a
 * random token of which only the hash is kept, so it is shown once, when it is made. It works until it expires or
 * is revoked; to a visitor an unknown, an expired and a revoked link all look the same. Making, revoking and every
 * use of a link go to the publisher's activity log, never the token.
 */
@Service
public class ShareLinks {

    public static final int DEFAULT_DAYS = 30;
    public static final int LONGEST_DAYS = 365;

    private final ShareLinkRepository repository;
    private final DisclosureRepository disclosureRepository;
    private final Disclosures disclosures;
    private final ActivityLog activity;
    private final ShinraiProperties properties;
    private final Clock clock;

    ShareLinks(ShareLinkRepository repository, DisclosureRepository disclosureRepository, Disclosures disclosures,
               ActivityLog activity, ShinraiProperties properties, Clock clock) {
        this.repository = repository;
        this.disclosureRepository = disclosureRepository;
        this.disclosures = disclosures;
        this.activity = activity;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new link and its address, which is never shown again. */
    public record Created(ShareLink link, String url) {
    }

    @Transactional
    public Created create(UUID organisationId, UUID disclosureId, String label, int days, UUID createdBy) {
        if (days < 1 || days > LONGEST_DAYS) {
            throw new IllegalArgumentException("a link is valid for 1 to " + LONGEST_DAYS + " days, not " + days);
        }
        if (disclosures.get(organisationId, disclosureId).isDraft()) {
            throw new ConflictException("share.draft");
        }
        String token = Secrets.newSecret();
        Instant now = clock.instant();
        ShareLink link = new ShareLink(UUID.randomUUID(), disclosureId, label, createdBy, now,
                now.plus(Duration.ofDays(days)), null, null, null, 0);
        repository.insert(link, Sha256.hex(token));
        activity.record(organisationId, "disclosure.link-created", Target.of("disclosure", disclosureId), null,
                Map.of("link", link.id().toString(), "label", label, "expiresAt", link.expiresAt().toString()));
        return new Created(link, properties.baseUrl() + "/s/" + token);
    }

    @Transactional
    public void revoke(UUID organisationId, UUID disclosureId, UUID linkId, UUID revokedBy) {
        disclosures.get(organisationId, disclosureId);
        ShareLink link = repository.find(disclosureId, linkId).orElseThrow(NotFoundException::new);
        if (repository.revoke(linkId, revokedBy, clock.instant())) {
            activity.record(organisationId, "disclosure.link-revoked", Target.of("disclosure", disclosureId),
                    Map.of("link", linkId.toString(), "label", link.label()), null);
        }
    }

    public List<ShareLink> of(UUID organisationId, UUID disclosureId) {
        disclosures.get(organisationId, disclosureId);
        return repository.ofDisclosure(disclosureId);
    }

    /**
     * The disclosure a link leads to while the link works, counting and logging the use (a page, a download);
     * otherwise not found, whatever the reason.
     */
    @Transactional
    public StoredDisclosure read(String token, String use) {
        if (token.length() > 100) {
            throw new NotFoundException();
        }
        Instant now = clock.instant();
        ShareLink link = repository.findByTokenHash(Sha256.hex(token))
                .filter(found -> found.stateAt(now) == ShareLink.State.ACTIVE)
                .orElseThrow(NotFoundException::new);
        StoredDisclosure stored = disclosureRepository.findShared(link.disclosureId())
                .orElseThrow(NotFoundException::new);
        repository.countUse(link.id(), now);
        activity.record(null, "share link: " + link.label(), stored.organisationId(), "disclosure.link-used",
                Target.of("disclosure", stored.id()), null, Map.of("link", link.id().toString(), "use", use));
        return stored;
    }
}
