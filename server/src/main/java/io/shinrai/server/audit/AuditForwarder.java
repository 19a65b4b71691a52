package io.shinrai.server.audit;

import io.shinrai.audit.SyslogSpool;
import io.shinrai.crypto.SigningIdentityPem;
import io.shinrai.crypto.TlsContext;
import io.shinrai.crypto.TlsPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends Shinrai's own audit messages on to an external audit record repository over syslog TLS (RFC 5425, RFC 5424
 * with MSGID IHE+RFC-3881). Each message is spooled to disk first and sent from there, so a repository that is down
 * or a restart loses nothing; the spool is retried until the repository takes it. Syslog has no acknowledgement, so
 * a message counts as delivered once the connection took it whole.
 */
@Component
class AuditForwarder {

    private static final Logger log = LoggerFactory.getLogger(AuditForwarder.class);
    /** facility 13 (log audit), severity 6 (informational) */
    private static final int PRIORITY = 13 * 8 + 6;

    private final AuditProperties.Forward settings;
    private final SyslogSpool spool;
    private final TlsContext tls;
    private final Clock clock;
    private final String hostName = hostName();
    private boolean failing;

    AuditForwarder(AuditProperties properties, Clock clock) throws IOException {
        this.settings = properties.forward();
        this.clock = clock;
        if (settings.host() == null) {
            spool = null;
            tls = null;
        } else {
            spool = new SyslogSpool(settings.spool());
            tls = TlsContext.client(SigningIdentityPem.readCertificates(
                    Files.readString(settings.trust(), StandardCharsets.US_ASCII)), TlsPolicy.HYBRID);
        }
    }

    /** Keeps the message for the external repository, if one is set; it is sent at the next delivery. */
    void forward(byte[] xml) {
        if (spool == null) {
            return;
        }
        try {
            spool.add(syslogMessage(xml));
        } catch (IOException e) {
            // the message is in the chain all the same; failing here would take it out of there too
            log.error("An audit message could not be spooled in {} for {}: {}", settings.spool(), settings.host(),
                    e.getMessage());
        }
    }

    @Scheduled(fixedDelayString = "${shinrai.audit.forward.retry-every:10s}")
    synchronized void deliver() {
        if (spool == null) {
            return;
        }
        try {
            SyslogSpool.Batch batch;
            while (!(batch = spool.waiting()).isEmpty()) {
                try (SSLSocket socket = tls.connect(settings.host(), settings.port())) {
                    OutputStream out = socket.getOutputStream();
                    for (byte[] message : batch.messages()) {
                        out.write((message.length + " ").getBytes(StandardCharsets.US_ASCII));
                        out.write(message);
                    }
                    out.flush();
                }
                spool.sent(batch);
            }
            if (failing) {
                log.info("Audit messages reach {}:{} again", settings.host(), settings.port());
                failing = false;
            }
        } catch (IOException e) {
            if (!failing) {
                log.warn("Audit messages for {}:{} wait in {}: {}", settings.host(), settings.port(),
                        settings.spool(), e.getMessage());
                failing = true;
            }
        }
    }

    private byte[] syslogMessage(byte[] xml) {
        String header = "<" + PRIORITY + ">1 " + DateTimeFormatter.ISO_INSTANT.format(clock.instant()) + " "
                + hostName + " shinrai - IHE+RFC-3881 - ";
        byte[] start = header.getBytes(StandardCharsets.US_ASCII);
        byte[] message = new byte[start.length + xml.length];
        System.arraycopy(start, 0, message, 0, start.length);
        System.arraycopy(xml, 0, message, start.length, xml.length);
        return message;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return "-";
        }
    }
}
