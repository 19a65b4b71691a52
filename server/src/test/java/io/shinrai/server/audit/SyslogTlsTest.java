package io.shinrai.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.shinrai.audit.ChainedRecord;
import io.shinrai.crypto.SigningIdentityPem;
import io.shinrai.crypto.TlsContext;
import io.shinrai.crypto.TlsPolicy;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.tls.RecentHandshakes;
import io.shinrai.server.tls.ServerCertificate;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Syslog over TLS (RFC 5425) with the TLS policy of every listener: a Bouncy Castle sender gets the hybrid group,
 * Debian's rsyslog (OpenSSL 3.0, no ML-KEM) forwards over x25519, and the messages land in the audit trail.
 */
@ShinraiTest
class SyslogTlsTest {

    @Autowired
    AuditReception reception;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditRepository repository;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ServerCertificate certificate;
    @Autowired
    RecentHandshakes handshakes;

    private SyslogBatcher batcher;
    private SyslogTcpReceiver tls;
    private long headBefore;

    @BeforeEach
    void listen() {
        headBefore = repository.head().sequence();
        // the local authority is made with the server certificate, on first use
        certificate.identity();
        batcher = new SyslogBatcher(reception, trail, new AuditProperties.Syslog(null, null, null, null, 50,
                Duration.ofMillis(50)), meters);
        tls = new SyslogTcpReceiver(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), batcher,
                SyslogTransport.tls(certificate, handshakes.of(SyslogTransport.TLS_LISTENER)));
    }

    @AfterEach
    void stop() throws Exception {
        tls.close();
        batcher.close();
    }

    @Test
    void aBouncyCastleSenderIsHeardOverX25519MlKem768() throws Exception {
        String user = "tls-" + UUID.randomUUID();
        TlsContext sender = TlsContext.client(authority(), TlsPolicy.HYBRID);
        try (SSLSocket socket = sender.connect("localhost", tls.port())) {
            socket.getOutputStream().write(AuditMessages.octetCounted(SyslogReceiverTest.atnaMessage(user)));
            socket.getOutputStream().flush();
            ChainedRecord kept = committed(user);
            assertThat(kept.record().origin()).startsWith("syslog-tls 127.0.0.1");
        }
        RecentHandshakes.Handshake handshake = newestOf(SyslogTransport.TLS_LISTENER);
        assertThat(handshake.negotiated().protocol()).isEqualTo("TLSv1.3");
        assertThat(handshake.negotiated().namedGroup()).isEqualTo("X25519MLKEM768");
    }

    @Test
    void plainTcpOnTheTlsPortIsRefusedAndKeepsNothing() throws Exception {
        var refusals = meters.counter("shinrai.audit.syslog.rejected", "reason", "handshake");
        double refusedBefore = refusals.count();
        String user = "plain-" + UUID.randomUUID();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), tls.port())) {
            socket.getOutputStream().write(AuditMessages.octetCounted(SyslogReceiverTest.atnaMessage(user)));
            socket.getOutputStream().flush();
            socket.setSoTimeout(10_000);
            // the server answers with an alert, or just closes, but never reads it as syslog
            socket.getInputStream().readAllBytes();
        } catch (IOException reset) {
            // a reset is a refusal too
        }
        Thread.sleep(500);
        assertThat(repository.head().sequence()).isEqualTo(headBefore);
        assertThat(refusals.count()).isEqualTo(refusedBefore + 1);
    }

    @Test
    void rsyslogForwardsOverTlsWithX25519(@TempDir Path folder) throws Exception {
        if (!RealSender.rsyslogWithTls() || !RealSender.available("logger")) {
            System.out.println("rsyslogd with its OpenSSL driver (Debian packages rsyslog, rsyslog-openssl) or logger"
                    + " is not installed: test skipped");
            return;
        }
        Path authority = Files.writeString(folder.resolve("ca.pem"), certificate.localAuthorityPem().orElseThrow());
        int rsyslogPort = RealSender.freeLoopbackPort();
        Process rsyslog = RealSender.rsyslog(folder, """
                global(workDirectory="%s" DefaultNetstreamDriverCAFile="%s")
                module(load="imtcp" StreamDriver.Name="ptcp")
                input(type="imtcp" address="127.0.0.1" port="%d")
                action(type="omfwd" target="127.0.0.1" port="%d" protocol="tcp" TCP_Framing="octet-counted"
                       StreamDriver="ossl" StreamDriverMode="1" StreamDriverAuthMode="x509/name"
                       StreamDriverPermittedPeers="localhost" template="RSYSLOG_SyslogProtocol23Format")
                """.formatted(folder, authority, rsyslogPort, tls.port()));
        try {
            RealSender.awaitListening(rsyslogPort);
            String forwarded = "rsyslog-tls-" + UUID.randomUUID();
            RealSender.loggerOverTcp(rsyslogPort, AuditMessages.atnaXml(forwarded));

            ChainedRecord kept = committed(forwarded);
            assertThat(kept.record().origin()).startsWith("syslog-tls 127.0.0.1");
            RecentHandshakes.Handshake handshake = newestOf(SyslogTransport.TLS_LISTENER);
            assertThat(handshake.negotiated().protocol()).isEqualTo("TLSv1.3");
            assertThat(handshake.negotiated().namedGroup()).isEqualTo("x25519");
        } finally {
            rsyslog.destroy();
            rsyslog.waitFor(10, TimeUnit.SECONDS);
            System.out.println(Files.readString(folder.resolve("rsyslogd.log")));
        }
    }

    private List<java.security.cert.X509Certificate> authority() {
        return SigningIdentityPem.readCertificates(certificate.localAuthorityPem().orElseThrow());
    }

    private RecentHandshakes.Handshake newestOf(String listener) {
        return handshakes.newestFirst().stream().filter(handshake -> handshake.listener().equals(listener))
                .findFirst().orElseThrow(() -> new AssertionError("no handshake on " + listener));
    }

    /** Waits until a record whose bytes hold the text is committed. */
    private ChainedRecord committed(String text) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            var found = repository.after(headBefore, 10_000).stream()
                    .filter(record -> new String(record.record().raw(), StandardCharsets.UTF_8).contains(text))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no record with " + text + " was committed");
    }


}
