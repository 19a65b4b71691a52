package io.shinrai.server.maintenance;

import io.shinrai.relay.Admission;
import io.shinrai.relay.Relay;
import io.shinrai.relay.RelayLimits;
import io.shinrai.relay.RelayObserver;
import io.shinrai.relay.RelayOutcome;
import io.shinrai.relay.RelayedConnection;
import io.shinrai.server.audit.OwnAuditEvents;
import io.shinrai.server.tls.RecentHandshakes;
import io.shinrai.server.tls.ServerCertificate;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the relay when its port is configured (port 0 takes a free one), and writes down what it reports: each
 * connection in the window's history and as Remote Service Operation Started and Stopped on the hospital's audit
 * trail; refusals in the log.
 */
@Component
public class MaintenanceRelay implements SmartLifecycle, RelayObserver {

    /** How the relay is named among the recent handshakes of every listener. */
    public static final String TLS_LISTENER = "maintenance-relay";

    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceRelay.class);

    private final MaintenanceProperties properties;
    private final ServerCertificate certificate;
    private final RecentHandshakes handshakes;
    private final RelayAdmissions gate;
    private final MaintenanceRepository repository;
    private final OwnAuditEvents audit;
    private final Clock clock;
    /** The id of each live connection's history row, by the window and source the relay reports it with. */
    private final Map<String, UUID> live = new ConcurrentHashMap<>();
    private volatile Relay relay;

    MaintenanceRelay(MaintenanceProperties properties, ServerCertificate certificate, RecentHandshakes handshakes,
                     RelayAdmissions gate, MaintenanceRepository repository, OwnAuditEvents audit, Clock clock) {
        this.properties = properties;
        this.certificate = certificate;
        this.handshakes = handshakes;
        this.gate = gate;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** The port the relay listens on, while it runs. */
    public Optional<Integer> port() {
        Relay running = relay;
        return running == null ? Optional.empty() : Optional.of(running.port());
    }

    void stop(UUID windowId) {
        Relay running = relay;
        if (running != null) {
            running.stop(windowId.toString());
        }
    }

    @Override
    public synchronized void start() {
        repository.closeAllOpen(clock.instant());
        if (properties.relayPort() != null) {
            relay = new Relay(new InetSocketAddress(properties.relayPort()), certificate::context,
                    handshakes.of(TLS_LISTENER), gate, this, RelayLimits.DEFAULT, clock);
            LOG.info("Maintenance relay listening on port {}", relay.port());
        }
    }

    @Override
    public synchronized void stop() {
        if (relay != null) {
            try {
                relay.close();
            } catch (IOException e) {
                LOG.warn("Could not stop the maintenance relay cleanly: {}", e.getMessage());
            }
            relay = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return relay != null;
    }

    @Override
    public void opened(Admission.Admitted admission, String source, java.time.Instant at) {
        UUID id = UUID.randomUUID();
        UUID windowId = UUID.fromString(admission.session());
        UUID engineer = UUID.fromString(admission.holder());
        live.put(key(admission, source), id);
        repository.opened(id, windowId, engineer, source, at);
        record(windowId, true, engineer, source, false);
        // a stop or rejection that came between the gate's check and now found nothing to cut yet
        if (repository.find(windowId).filter(MaintenanceWindow::cleared).isEmpty()) {
            stop(windowId);
        }
    }

    @Override
    public void closed(RelayedConnection connection) {
        UUID id = live.remove(key(connection.admission(), connection.source()));
        if (id == null) {
            return;
        }
        repository.closed(id, connection.closedAt(), connection.fromClient(), connection.toClient(),
                connection.outcome().name());
        record(UUID.fromString(connection.admission().session()), false,
                UUID.fromString(connection.admission().holder()), connection.source(),
                connection.outcome() != RelayOutcome.CLOSED);
    }

    @Override
    public void refused(String source, String reason) {
        LOG.info("Maintenance relay refused a connection: source={} reason={}", source, reason);
    }

    private void record(UUID windowId, boolean started, UUID engineer, String source, boolean failed) {
        repository.listing(windowId).ifPresent(listing -> {
            String engineerName = repository.displayName(engineer).orElse(null);
            audit.remoteServiceOperation(listing.window().hospitalId(), started, engineer, engineerName, source,
                    listing.window().target(), listing.systemName(), failed);
        });
    }

    private static String key(Admission.Admitted admission, String source) {
        return admission.session() + " " + source;
    }
}
