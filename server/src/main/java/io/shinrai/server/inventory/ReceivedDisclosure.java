package io.shinrai.server.inventory;

import io.shinrai.disclosure.Disclosure;
import io.shinrai.server.disclosure.DisclosureStatus;
import io.shinrai.server.disclosure.StoredDisclosure;
import java.time.Instant;
import java.util.UUID;

/**
 * A disclosure a hospital received for one of its systems, as it was when received: from a platform share (then
 * with the shared revision's id and number) or from a vendor's file (then with the file's name).
 */
public record ReceivedDisclosure(UUID id, UUID organisationId, UUID systemId, UUID sharedDisclosureId,
                                 String publisher, String fileName, Integer revision, Disclosure document,
                                 Instant receivedAt, UUID receivedBy) {

    public boolean fromShare() {
        return sharedDisclosureId != null;
    }

    /** The received copy in the shape the disclosure pages show; it belongs to the hospital, not the vendor. */
    StoredDisclosure asStored() {
        int shown = revision == null ? 1 : revision;
        return new StoredDisclosure(id, organisationId, id, shown, DisclosureStatus.PUBLISHED, document, receivedAt,
                receivedAt, receivedAt);
    }
}
