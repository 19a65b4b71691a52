package io.shinrai.server.apitoken;

import io.shinrai.server.membership.OrgRole;
import java.time.Instant;
import java.util.UUID;

/** A credential for automation such as CI uploads. Only the SHA-256 of the secret is kept. */
public record ApiToken(
        UUID id,
        UUID organisationId,
        UUID createdBy,
        String name,
        OrgRole role,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt,
        Instant createdAt) {

    public boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
