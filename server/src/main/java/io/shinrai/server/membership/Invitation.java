package io.shinrai.server.membership;

import java.time.Instant;
import java.util.UUID;

/** An offer to join an organisation with a role, sent as a link that expires. */
public record Invitation(
        UUID id,
        UUID organisationId,
        String email,
        OrgRole role,
        UUID invitedBy,
        Instant expiresAt,
        Instant acceptedAt,
        Instant createdAt) {

    public boolean openAt(Instant now) {
        return acceptedAt == null && expiresAt.isAfter(now);
    }
}
