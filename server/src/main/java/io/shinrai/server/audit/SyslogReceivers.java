package io.shinrai.server.audit;

import io.micrometer.core.instrument.MeterRegistry;
import io.shinrai.server.tls.RecentHandshakes;
import io.shinrai.server.tls.ServerCertificate;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Starts the syslog receivers whose ports are configured (none by default) and stops them, batches committed. */
@Component
class SyslogReceivers implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SyslogReceivers.class);

    private final AuditProperties properties;
    private final AuditReception reception;
    private final AuditTrail trail;
    private final MeterRegistry meters;
    private final ServerCertificate certificate;
    private final RecentHandshakes handshakes;
    private final List<AutoCloseable> running = new ArrayList<>();

    SyslogReceivers(AuditProperties properties, AuditReception reception, AuditTrail trail, MeterRegistry meters,
                    ServerCertificate certificate, RecentHandshakes handshakes) {
        this.properties = properties;
        this.certificate = certificate;
        this.handshakes = handshakes;
        this.reception = reception;
        this.trail = trail;
        this.meters = meters;
    }

    @Override
    public synchronized void start() {
        AuditProperties.Syslog syslog = properties.syslog();
        if (syslog.tcpPort() == null && syslog.udpPort() == null && syslog.tlsPort() == null) {
            return;
        }
        SyslogBatcher batcher = new SyslogBatcher(reception, trail, syslog, meters);
        if (syslog.tcpPort() != null) {
            running.add(new SyslogTcpReceiver(new InetSocketAddress(syslog.tcpPort()), batcher,
                    SyslogTransport.PLAIN));
        }
        if (syslog.tlsPort() != null) {
            running.add(new SyslogTcpReceiver(new InetSocketAddress(syslog.tlsPort()), batcher,
                    SyslogTransport.tls(certificate, handshakes.of(SyslogTransport.TLS_LISTENER))));
        }
        if (syslog.udpPort() != null) {
            running.add(new SyslogUdpReceiver(new InetSocketAddress(syslog.udpPort()), batcher));
        }
        // the batcher closes last, after the receivers stopped adding to it
        running.add(batcher);
    }

    @Override
    public synchronized void stop() {
        for (AutoCloseable closeable : running) {
            try {
                closeable.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.warn("Could not stop a syslog receiver cleanly: {}", e.getMessage());
            }
        }
        running.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !running.isEmpty();
    }
}
