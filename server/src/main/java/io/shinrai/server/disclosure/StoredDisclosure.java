package io.shinrai.server.disclosure;

import io.shinrai.disclosure.Disclosure;
import java.time.Instant;
import java.util.UUID;

/** One revision of an organisation's disclosure, as kept. Revisions of the same document share a series. */
public record StoredDisclosure(
        UUID id,
        UUID organisationId,
        UUID seriesId,
        int revision,
        DisclosureStatus status,
        Disclosure document,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt) {

    public boolean isDraft() {
        return status == DisclosureStatus.DRAFT;
    }
}
