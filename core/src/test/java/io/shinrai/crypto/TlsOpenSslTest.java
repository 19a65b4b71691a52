package io.shinrai.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenSSL 3.0 as a client that knows no ML-KEM: it must still connect, with x25519, and what it is allowed to offer
 * against its better judgement (TLS 1.0/1.1, CBC and static RSA suites) must be refused.
 */
class TlsOpenSslTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalTlsAuthority AUTHORITY = LocalTlsAuthority.generate("Sample Hospital",
            List.of("localhost", "127.0.0.1"), Duration.ofDays(30), Instant.now().minus(1, ChronoUnit.MINUTES));

    @TempDir
    Path dir;

    private LoopbackTlsServer server;

    @BeforeEach
    void start() throws IOException {
        assumeTrue(opensslPresent(), "openssl is not on the PATH");
        server = new LoopbackTlsServer(TlsContext.server(AUTHORITY.server(), TlsPolicy.HYBRID));
        Files.writeString(dir.resolve("ca.pem"), SigningIdentityPem.pem("CERTIFICATE", encoded()));
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void openSslConnectsWithX25519AndVerifiesTheCertificate() throws Exception {
        Run run = sClient(List.of("-verify_return_error", "-verify_hostname", "localhost"));

        assertThat(run.output()).contains("Verify return code: 0 (ok)", "TLSv1.3", "Server Temp Key: X25519");
        NegotiatedTls onServer = server.next(WAIT).negotiated();
        assertThat(onServer).isNotNull();
        assertThat(onServer.protocol()).isEqualTo("TLSv1.3");
        assertThat(onServer.namedGroup()).isEqualTo("x25519");
    }

    @Test
    void openSslWithTls12GetsAnEcdheGcmSuite() throws Exception {
        Run run = sClient(List.of("-tls1_2"));

        assertThat(run.output()).contains("ECDHE-ECDSA-AES256-GCM-SHA384");
        assertThat(server.next(WAIT).negotiated().protocol()).isEqualTo("TLSv1.2");
    }

    @Test
    void tls11IsRefused() throws Exception {
        // SECLEVEL=0 lets OpenSSL itself offer TLS 1.1 and SHA-1 suites; the refusal has to come from the server
        Run run = sClient(List.of("-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0"));

        assertRefused(run);
    }

    @Test
    void tls10IsRefused() throws Exception {
        Run run = sClient(List.of("-tls1", "-cipher", "DEFAULT:@SECLEVEL=0"));

        assertRefused(run);
    }

    @Test
    void cbcAndStaticRsaSuitesAreRefused() throws Exception {
        Run run = sClient(List.of("-tls1_2", "-cipher",
                "ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA384:AES128-SHA:AES256-GCM-SHA384:@SECLEVEL=0"));

        assertRefused(run);
    }

    private void assertRefused(Run run) throws InterruptedException {
        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).doesNotContain("BEGIN CERTIFICATE");
        assertThat(server.next(WAIT).failure()).isInstanceOf(IOException.class);
    }

    private Run sClient(List<String> options) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect",
                "127.0.0.1:" + server.port(), "-servername", "localhost", "-CAfile", "ca.pem"));
        command.addAll(options);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("openssl finished").isTrue();
        return new Run(process.exitValue(), output);
    }

    private record Run(int exitCode, String output) {
    }

    private static byte[] encoded() {
        try {
            return AUTHORITY.authority().getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean opensslPresent() {
        try {
            return new ProcessBuilder("openssl", "version").start().waitFor() == 0;
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }
}
