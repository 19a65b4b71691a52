package io.shinrai.relay;

import java.time.Duration;
import java.time.Instant;

/**
 * What one relayed connection did, reported when it ends.
 *
 * @param fromClient bytes the vendor's client sent to the target
 * @param toClient   bytes the target sent back
 */
public record RelayedConnection(Admission.Admitted admission, String source, Instant openedAt, Instant closedAt,
                                long fromClient, long toClient, RelayOutcome outcome) {

    public Duration duration() {
        return Duration.between(openedAt, closedAt);
    }
}
