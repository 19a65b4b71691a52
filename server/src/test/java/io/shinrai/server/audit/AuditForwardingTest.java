package io.shinrai.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shinrai.server.ShinraiTest;
import io.shinrai.server.security.SignInAttempts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Shinrai's own audit messages go on to an external audit repository, here Debian's rsyslog receiving syslog over
 * TLS: what is recorded while the repository is down waits on disk and arrives once it is up.
 */
@ShinraiTest
class AuditForwardingTest {

    private static final Path FOLDER = folder();
    private static final int PORT = RealSender.freeLoopbackPort();
    private static final boolean RSYSLOG_WITH_TLS = RealSender.rsyslogWithTls() && RealSender.available("openssl");

    @Autowired
    SignInAttempts signIns;
    @Autowired
    AuditForwarder forwarder;

    @DynamicPropertySource
    static void externalRepository(DynamicPropertyRegistry registry) throws Exception {
        if (RSYSLOG_WITH_TLS) {
            RealSender.run(List.of("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:P-256", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", FOLDER.resolve("key.pem").toString(),
                    "-out", FOLDER.resolve("cert.pem").toString()));
            registry.add("shinrai.audit.forward.host", () -> "localhost");
            registry.add("shinrai.audit.forward.port", () -> PORT);
            registry.add("shinrai.audit.forward.trust", () -> FOLDER.resolve("cert.pem").toString());
            registry.add("shinrai.audit.forward.spool", () -> FOLDER.resolve("spool").toString());
            registry.add("shinrai.audit.forward.retry-every", () -> "1h");
        }
    }

    @AfterAll
    static void removeFolder() throws IOException {
        try (var files = Files.walk(FOLDER)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void aFailedLoginRecordedWhileTheRepositoryIsDownReachesItOnceItIsUp() throws Exception {
        assumeTrue(RSYSLOG_WITH_TLS, "rsyslogd with its OpenSSL driver (Debian packages rsyslog, rsyslog-openssl) "
                + "or openssl is not installed");
        String who = "forwarded-" + UUID.randomUUID() + "@example.test";
        signIns.unknownAccount(who);
        forwarder.deliver();
        try (var spooled = Files.list(FOLDER.resolve("spool"))) {
            assertThat(spooled).as("the message waits on disk while the repository is down").isNotEmpty();
        }

        Path received = FOLDER.resolve("received.log");
        Process rsyslog = RealSender.rsyslog(FOLDER, """
                global(workDirectory="%1$s" DefaultNetstreamDriver="ossl"
                       DefaultNetstreamDriverCertFile="%1$s/cert.pem" DefaultNetstreamDriverKeyFile="%1$s/key.pem")
                module(load="imtcp" StreamDriver.Name="ossl" StreamDriver.Mode="1" StreamDriver.AuthMode="anon")
                input(type="imtcp" address="127.0.0.1" port="%2$d")
                action(type="omfile" file="%3$s" template="RSYSLOG_SyslogProtocol23Format")
                """.formatted(FOLDER, PORT, received));
        try {
            RealSender.awaitListening(PORT);
            forwarder.deliver();

            String line = awaitLine(received, who);
            assertThat(line).contains("IHE+RFC-3881").contains("110114");
        } finally {
            rsyslog.destroy();
            rsyslog.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String awaitLine(Path file, String text) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (Files.exists(file)) {
                // read as bytes: rsyslog may be halfway through writing a character
                String found = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                if (found.contains(text)) {
                    return found;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("rsyslog did not write " + text + "; its log: "
                + Files.readString(FOLDER.resolve("rsyslogd.log")));
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("audit-forwarding");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
