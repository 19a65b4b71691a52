package io.shinrai.server.audit;

import io.shinrai.crypto.TimeStampAuthority;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the audit record repository runs.
 *
 * @param checkpointEvery how often the chain's head is signed when it has moved
 * @param retention       how long records are kept; null or zero keeps them for ever
 * @param syslog          the syslog receivers
 * @param timeStamping    the RFC 3161 time-stamping authority that stamps each checkpoint
 * @param forward         the external audit repository that Shinrai's own messages go on to
 */
@ConfigurationProperties("shinrai.audit")
public record AuditProperties(Duration checkpointEvery, Duration retention, Syslog syslog,
                              TimeStamping timeStamping, Forward forward) {

    public AuditProperties {
        checkpointEvery = checkpointEvery == null ? Duration.ofMinutes(10) : checkpointEvery;
        syslog = syslog == null ? new Syslog(null, null, null, null, 0, null) : syslog;
        timeStamping = timeStamping == null ? new TimeStamping(null, null) : timeStamping;
        forward = forward == null ? new Forward(null, 0, null, null) : forward;
    }

    /**
     * @param host  the external repository's syslog TLS listener; null sends nothing
     * @param port  its port
     * @param trust PEM certificates that vouch for the repository's certificate
     * @param spool folder where messages wait until the repository took them
     */
    public record Forward(String host, int port, Path trust, Path spool) {

        public Forward {
            host = host == null || host.isBlank() ? null : host;
            port = port <= 0 ? 6514 : port;
            trust = trust == null || trust.toString().isEmpty() ? null : trust;
            spool = spool == null || spool.toString().isEmpty() ? Path.of("shinrai-data", "audit-spool") : spool;
            if (host != null && trust == null) {
                throw new IllegalArgumentException("shinrai.audit.forward.trust must name the PEM certificates that "
                        + "vouch for " + host);
            }
        }
    }

    /**
     * @param url     where RFC 3161 requests are posted; null is off
     * @param timeout longest wait for the authority's answer
     */
    public record TimeStamping(URI url, Duration timeout) {

        public TimeStamping {
            timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        }

        Optional<TimeStampAuthority> authority() {
            return Optional.ofNullable(url).map(configured -> new TimeStampAuthority(configured, timeout));
        }
    }

    /**
     * @param tcpPort      RFC 6587 port; null is off
     * @param udpPort      RFC 5426 port; null is off
     * @param tlsPort      RFC 5425 port, with the server certificate and TLS policy of every listener; null is off
     * @param organisation the organisation whose trail syslog messages join; null is the platform's
     * @param batchSize    most messages committed together
     * @param batchDelay   longest a received message waits for its batch to commit
     */
    public record Syslog(Integer tcpPort, Integer udpPort, Integer tlsPort, UUID organisation, int batchSize,
                         Duration batchDelay) {

        public Syslog {
            batchSize = batchSize <= 0 ? 500 : batchSize;
            batchDelay = batchDelay == null ? Duration.ofMillis(200) : batchDelay;
        }
    }
}
