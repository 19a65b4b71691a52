package io.shinrai.server.disclosure;

import java.time.Instant;
import java.util.UUID;

/** A published disclosure shared with a hospital; it stays visible there until revoked. */
public record Share(UUID disclosureId, UUID recipientId, String recipientName, Instant sharedAt, Instant revokedAt) {

    public boolean isActive() {
        return revokedAt == null;
    }
}
