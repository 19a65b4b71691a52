package io.shinrai.server.maintenance;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One connection an engineer made through the relay in a window.
 *
 * @param outcome how it ended, as the relay reported it; null while it is live
 */
public record RelayedSession(UUID id, UUID windowId, UUID engineerId, String engineerName, String source,
                             Instant openedAt, Instant closedAt, long fromClient, long toClient, String outcome) {

    public boolean live() {
        return outcome == null;
    }

    public Duration duration() {
        return closedAt == null ? null : Duration.between(openedAt, closedAt);
    }
}
