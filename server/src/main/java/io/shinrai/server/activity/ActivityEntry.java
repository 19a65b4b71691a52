package io.shinrai.server.activity;

import java.time.Instant;
import java.util.UUID;

/** One recorded change of state: who did what to which object, with the state before and after (as JSON). */
public record ActivityEntry(
        long id,
        Instant occurredAt,
        UUID organisationId,
        UUID actorId,
        String actorName,
        String action,
        String targetType,
        String targetId,
        String before,
        String after,
        String remoteAddress) {
}
