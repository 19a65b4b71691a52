package io.shinrai.server.membership;

import java.time.Instant;
import java.util.UUID;

/** A person as seen from one organisation's member list. */
public record Member(UUID userId, String email, String displayName, OrgRole role, Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
