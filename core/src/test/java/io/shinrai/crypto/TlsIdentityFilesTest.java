package io.shinrai.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key and chain of a listener as PEM and PKCS#12, including files that OpenSSL wrote. */
class TlsIdentityFilesTest {

    private static final LocalTlsAuthority AUTHORITY = LocalTlsAuthority.generate("Sample Hospital",
            List.of("shinrai.hospital.example", "10.0.0.5"), Duration.ofDays(30), Instant.now());

    @TempDir
    Path dir;

    @Test
    void pemWrittenHereReadsBackToTheSameIdentity() {
        TlsIdentity read = TlsIdentityFiles.readPem(TlsIdentityFiles.privateKeyPem(AUTHORITY.server()),
                TlsIdentityFiles.certificatesPem(AUTHORITY.server().chain()));

        assertThat(read.chain()).isEqualTo(AUTHORITY.server().chain());
        assertThat(read.privateKey().getEncoded()).isEqualTo(AUTHORITY.server().privateKey().getEncoded());
    }

    @Test
    void aKeyOfAnotherCertificateIsRefused() {
        LocalTlsAuthority other = LocalTlsAuthority.generate("Other", List.of("localhost"), Duration.ofDays(1),
                Instant.now());

        assertThatThrownBy(() -> TlsIdentityFiles.readPem(TlsIdentityFiles.privateKeyPem(other.server()),
                TlsIdentityFiles.certificatesPem(AUTHORITY.server().chain())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not belong to the certificate");
    }

    @Test
    void aPkcs12FileWithoutTheRightPasswordIsRefused() {
        assertThatThrownBy(() -> TlsIdentityFiles.readPkcs12("not a keystore".getBytes(StandardCharsets.US_ASCII),
                "x".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("password is wrong");
    }

    @Test
    void oversizedFilesAreRefusedBeforeParsing() {
        assertThatThrownBy(() -> TlsIdentityFiles.readPkcs12(new byte[TlsIdentityFiles.MAX_BYTES + 1],
                new char[0])).hasMessageContaining("too large");
        assertThatThrownBy(() -> TlsIdentityFiles.readPem("x".repeat(TlsIdentityFiles.MAX_BYTES + 1), ""))
                .hasMessageContaining("too large");
    }

    @Test
    void theServerCertificateNamesItsHostsAndServerAuthentication() throws Exception {
        var server = AUTHORITY.server().certificate();

        assertThat(server.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(server.getSubjectAlternativeNames()).extracting(name -> (Object) name.get(1))
                .containsExactly((Object) "shinrai.hospital.example", "10.0.0.5");
        assertThat(server.getPublicKey().getAlgorithm()).isEqualTo("EC");
        server.verify(AUTHORITY.authority().getPublicKey());
        assertThat(AUTHORITY.authority().getBasicConstraints()).isZero();
    }

    @Test
    void aPkcs12FileThatOpenSslExportedIsRead() throws Exception {
        assumeTrue(opensslPresent(), "openssl is not on the PATH");
        Files.writeString(dir.resolve("key.pem"), TlsIdentityFiles.privateKeyPem(AUTHORITY.server()));
        Files.writeString(dir.resolve("chain.pem"), TlsIdentityFiles.certificatesPem(AUTHORITY.server().chain()));
        Process export = new ProcessBuilder("openssl", "pkcs12", "-export", "-inkey", "key.pem", "-in", "chain.pem",
                "-out", "server.p12", "-passout", "pass:kanri-2026").directory(dir.toFile())
                .redirectErrorStream(true).start();
        String output = new String(export.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(export.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(export.exitValue()).as(output).isZero();

        TlsIdentity read = TlsIdentityFiles.readPkcs12(Files.readAllBytes(dir.resolve("server.p12")),
                "kanri-2026".toCharArray());

        assertThat(read.certificate()).isEqualTo(AUTHORITY.server().certificate());
        assertThat(read.chain()).hasSize(2);
    }

    private static boolean opensslPresent() {
        try {
            return new ProcessBuilder("openssl", "version").start().waitFor() == 0;
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }
}
