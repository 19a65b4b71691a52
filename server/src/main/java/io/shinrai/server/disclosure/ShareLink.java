package io.shinrai.server.disclosure;

import java.time.Instant;
import java.util.UUID;

/**
 * A link that lets anyone who holds it read a published disclosure without an account, until it expires or is
 * revoked. The label says whom it was made for; the token itself is never kept.
 */
public record ShareLink(
        UUID id,
        UUID disclosureId,
        String label,
        UUID createdBy,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        UUID revokedBy,
        Instant lastUsedAt,
        int useCount) {

    public enum State {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    public State stateAt(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return expiresAt.isAfter(now) ? State.ACTIVE : State.EXPIRED;
    }
}
