package io.shinrai.relay;

import java.time.Instant;

/** Told of every connection the relay let through or turned away, on the connection's own thread. */
public interface RelayObserver {

    /** The target accepted and bytes may pass from now on. */
    void opened(Admission.Admitted admission, String source, Instant at);

    void closed(RelayedConnection connection);

    /**
     * A connection that never got through: bad TLS, no or a bad greeting, a refused token, too slow, too many, or an
     * unreachable target.
     */
    void refused(String source, String reason);
}
