package io.shinrai.server.tls;

import io.shinrai.crypto.NegotiatedTls;
import io.shinrai.crypto.TlsHandshakeListener;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The last handshakes of every TLS listener, newest first, kept in memory and logged one line each. */
@Component
public class RecentHandshakes {

    static final int KEPT = 200;

    private static final Logger LOG = LoggerFactory.getLogger(RecentHandshakes.class);

    /** One completed handshake. */
    public record Handshake(Instant at, String listener, String connection, NegotiatedTls negotiated) {
    }

    private final Deque<Handshake> handshakes = new ArrayDeque<>();
    private final Clock clock;

    RecentHandshakes(Clock clock) {
        this.clock = clock;
    }

    /** A listener that records the handshakes of one named listener, e.g. "https". */
    public TlsHandshakeListener of(String listener) {
        return (connection, negotiated) -> record(new Handshake(clock.instant(), listener, connection, negotiated));
    }

    private void record(Handshake handshake) {
        LOG.info("TLS handshake: listener={} connection={} protocol={} cipherSuite={} group={}",
                handshake.listener(), handshake.connection(), handshake.negotiated().protocol(),
                handshake.negotiated().cipherSuite(), handshake.negotiated().namedGroup());
        synchronized (handshakes) {
            handshakes.addFirst(handshake);
            if (handshakes.size() > KEPT) {
                handshakes.removeLast();
            }
        }
    }

    public List<Handshake> newestFirst() {
        synchronized (handshakes) {
            return List.copyOf(new ArrayList<>(handshakes));
        }
    }

    public Optional<Handshake> find(String listener, String connection) {
        return newestFirst().stream()
                .filter(handshake -> handshake.listener().equals(listener) && handshake.connection().equals(connection))
                .findFirst();
    }
}
