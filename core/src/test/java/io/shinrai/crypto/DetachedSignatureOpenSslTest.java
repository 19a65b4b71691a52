package io.shinrai.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shinrai.crypto.SignatureVerdict.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenSSL as the other party: it must accept what Shinrai signs, and Shinrai must accept what it signs. */
class DetachedSignatureOpenSslTest {

    private static final byte[] DISCLOSURE = """
            {"product": "Remote Service Gateway", "version": "2.1", "answers": {"RSS-12": "はい"}}
            """.getBytes(StandardCharsets.UTF_8);

    private static final boolean OPENSSL_PRESENT = opensslPresent();

    @TempDir
    Path dir;

    @BeforeEach
    void needsOpenSsl() {
        assumeTrue(OPENSSL_PRESENT, "openssl is not on the PATH");
    }

    @Test
    void openSslAcceptsOurSignatureAndDetectsAOneByteChange() throws Exception {
        SigningIdentity vendor = SelfSignedIdentity.generate("Sample Medical K.K.", "PSIRT", 30, Instant.now());
        Files.write(dir.resolve("doc.json"), DISCLOSURE);
        Files.write(dir.resolve("doc.p7s"), DetachedSignature.sign(DISCLOSURE, vendor, Instant.now()));
        Files.writeString(dir.resolve("cert.pem"), SigningIdentityPem.certificates(vendor));

        // -cades makes OpenSSL check the signing-certificate-v2 attribute as well
        List<String> verify = List.of("openssl", "cms", "-verify", "-binary", "-cades", "-inform", "DER",
                "-in", "doc.p7s", "-content", "doc.json", "-CAfile", "cert.pem", "-purpose", "any",
                "-out", "/dev/null");
        Run accepted = openssl(verify);
        assertThat(accepted.exitCode()).as(accepted.output()).isZero();
        assertThat(accepted.output()).contains("Verification successful");

        Files.write(dir.resolve("doc.json"), oneByteChanged(DISCLOSURE));
        Run refused = openssl(verify);
        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("content verify error");
    }

    @Test
    void weAcceptAnOpenSslCadesSignatureAndDetectAOneByteChange() throws Exception {
        opensslIdentity();
        Files.write(dir.resolve("doc.json"), DISCLOSURE);
        Run signing = openssl(List.of("openssl", "cms", "-sign", "-binary", "-cades", "-md", "sha384",
                "-outform", "DER", "-signer", "cert.pem", "-inkey", "key.pem", "-in", "doc.json", "-out", "doc.p7s"));
        assertThat(signing.exitCode()).as(signing.output()).isZero();
        byte[] signature = Files.readAllBytes(dir.resolve("doc.p7s"));

        SignatureVerdict verdict = DetachedSignature.verify(DISCLOSURE, signature);
        assertThat(verdict.valid()).as(verdict.reason()).isTrue();
        assertThat(verdict.signer().orElseThrow().organisation()).contains("OpenSSL Medical");
        assertThat(verdict.signer().orElseThrow().commonName()).contains("Field Service");
        assertThat(verdict.signingTime()).isPresent();

        assertThat(DetachedSignature.verify(oneByteChanged(DISCLOSURE), signature).reason())
                .isEqualTo("the document was changed after signing");
    }

    @Test
    void aPlainCmsSignatureFromOpenSslIsNotTakenForCadesBes() throws Exception {
        opensslIdentity();
        Files.write(dir.resolve("doc.json"), DISCLOSURE);
        Run signing = openssl(List.of("openssl", "cms", "-sign", "-binary", "-md", "sha384", "-outform", "DER",
                "-signer", "cert.pem", "-inkey", "key.pem", "-in", "doc.json", "-out", "doc.p7s"));
        assertThat(signing.exitCode()).as(signing.output()).isZero();

        SignatureVerdict verdict = DetachedSignature.verify(DISCLOSURE, Files.readAllBytes(dir.resolve("doc.p7s")));

        assertThat(verdict.outcome()).isEqualTo(Outcome.CERTIFICATE_NOT_NAMED);
        assertThat(verdict.signer().orElseThrow().organisation()).contains("OpenSSL Medical");
    }

    @Test
    void aKeyAndCertificateMadeWithOpenSslSignHere() throws Exception {
        // "EC PRIVATE KEY" (SEC 1), the form "openssl ecparam -genkey" writes, not PKCS#8
        Run key = openssl(List.of("openssl", "ecparam", "-name", "secp384r1", "-genkey", "-noout", "-out", "key.pem"));
        Run certificate = openssl(List.of("openssl", "req", "-new", "-x509", "-key", "key.pem", "-sha384",
                "-days", "30", "-subj", "/O=OpenSSL Medical/CN=Field Service", "-out", "cert.pem"));
        assertThat(key.exitCode() + certificate.exitCode()).as(key.output() + certificate.output()).isZero();
        SigningIdentity identity = SigningIdentityPem.read(Files.readString(dir.resolve("key.pem")),
                Files.readString(dir.resolve("cert.pem")));
        Files.write(dir.resolve("doc.json"), DISCLOSURE);
        Files.write(dir.resolve("doc.p7s"), DetachedSignature.sign(DISCLOSURE, identity, Instant.now()));

        Run verified = openssl(List.of("openssl", "cms", "-verify", "-binary", "-cades", "-inform", "DER",
                "-in", "doc.p7s", "-content", "doc.json", "-CAfile", "cert.pem", "-purpose", "any",
                "-out", "/dev/null"));

        assertThat(Files.readString(dir.resolve("key.pem"))).contains("BEGIN EC PRIVATE KEY");
        assertThat(verified.exitCode()).as(verified.output()).isZero();
    }

    private void opensslIdentity() throws Exception {
        Run made = openssl(List.of("openssl", "req", "-x509", "-newkey", "ec",
                "-pkeyopt", "ec_paramgen_curve:P-384", "-nodes", "-sha384", "-days", "30",
                "-subj", "/O=OpenSSL Medical/CN=Field Service", "-keyout", "key.pem", "-out", "cert.pem"));
        assertThat(made.exitCode()).as(made.output()).isZero();
    }

    private Run openssl(List<String> command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("openssl finished").isTrue();
        return new Run(process.exitValue(), output);
    }

    private static boolean opensslPresent() {
        try {
            return new ProcessBuilder("openssl", "version").start().waitFor() == 0;
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }

    private static byte[] oneByteChanged(byte[] document) {
        byte[] changed = document.clone();
        changed[changed.length / 2] ^= 1;
        return changed;
    }

    private record Run(int exitCode, String output) {
    }
}
