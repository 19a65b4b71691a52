package io.shinrai.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shinrai.crypto.OpenSslTimeStampAuthority;
import io.shinrai.crypto.TimeStamp;
import io.shinrai.crypto.TimeStampAuthority;
import io.shinrai.dicom.SignatureCheck.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Certified Timestamps (PS3.3 C.12.1.1.3, RFC 3161) on DICOM signatures, from OpenSSL's time-stamping authority,
 * checked both ways against DCMTK's dcmsign where it is installed.
 */
class CertifiedTimestampTest {

    @TempDir
    static Path dir;
    private static OpenSslTimeStampAuthority openssl;
    private static TestKeys.Issued signer;

    @BeforeAll
    static void startAuthority() throws Exception {
        assumeTrue(OpenSslTimeStampAuthority.available(), "openssl is not on the PATH");
        openssl = OpenSslTimeStampAuthority.start(Files.createDirectories(dir.resolve("tsa")));
        signer = TestKeys.selfSigned(TestKeys.rsa(), "Timestamped RSA");
    }

    @AfterAll
    static void stop() {
        if (openssl != null) {
            openssl.close();
        }
    }

    @BeforeEach
    void honestAuthority() {
        openssl.tamper(answer -> answer);
    }

    private static TimeStampAuthority authority() {
        return new TimeStampAuthority(openssl.url(), Duration.ofSeconds(30));
    }

    private static TrustStore trusting(TestKeys.Issued issued) {
        return new TrustStore(List.of(issued.certificate(), openssl.rootCertificate()), List.of());
    }

    @Test
    void aSignatureWithATimestampNamesTheAuthorityAndItsTime() throws Exception {
        Instant before = Instant.now().minusSeconds(2);
        Part10File signed = DigitalSignatures.sign(DicomFixtures.read(DicomFixtures.EXPLICIT_LITTLE),
                SignatureRequest.everything(signer.signingKey(), Instant.now()).timeStampedBy(authority()));

        assertThat(DigitalSignatures.verify(signed, trusting(signer), Instant.now())).singleElement()
                .satisfies(check -> {
                    assertThat(check.outcome()).as(check.reason()).isEqualTo(Outcome.VALID);
                    TimeStamp.Verdict stamp = check.timeStamp().orElseThrow();
                    assertThat(stamp.outcome()).isEqualTo(TimeStamp.Outcome.VALID);
                    assertThat(stamp.time().orElseThrow()).isAfter(before);
                    assertThat(stamp.authority().orElseThrow()).contains("Test Time-Stamping Authority");
                });
        assertThat(DigitalSignatures.verify(signed, new TrustStore(List.of(signer.certificate()), List.of()),
                Instant.now()).get(0).timeStamp().orElseThrow().outcome())
                .as("the authority's root is not trusted").isEqualTo(TimeStamp.Outcome.UNTRUSTED);
    }

    @Test
    void aTrustedTimestampKeepsASignatureValidAfterTheSignersCertificateExpired() throws Exception {
        TestKeys.Issued shortLived = TestKeys.issue(TestKeys.rsa(), "Short-lived", null,
                Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1)), false);
        Part10File file = DicomFixtures.read(DicomFixtures.EXPLICIT_LITTLE);
        Instant weekLater = Instant.now().plus(Duration.ofDays(7));

        Part10File stamped = DigitalSignatures.sign(file,
                SignatureRequest.everything(shortLived.signingKey(), Instant.now()).timeStampedBy(authority()));
        Part10File unstamped = DigitalSignatures.sign(file,
                SignatureRequest.everything(shortLived.signingKey(), Instant.now()));

        assertThat(DigitalSignatures.verify(stamped, trusting(shortLived), weekLater).get(0).outcome())
                .isEqualTo(Outcome.VALID);
        assertThat(DigitalSignatures.verify(unstamped, trusting(shortLived), weekLater).get(0).outcome())
                .isEqualTo(Outcome.EXPIRED);
    }

    @Test
    void whenTheAuthorityFailsNothingIsSigned() throws Exception {
        Part10File file = DicomFixtures.read(DicomFixtures.EXPLICIT_LITTLE);
        openssl.tamper(answer -> "busy".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> DigitalSignatures.sign(file,
                SignatureRequest.everything(signer.signingKey(), Instant.now()).timeStampedBy(authority())))
                .isInstanceOf(SigningRefusedException.class).hasMessageContaining(openssl.url().toString());
        assertThat(DigitalSignatures.verify(file, TrustStore.EMPTY, Instant.now())).isEmpty();
    }

    @Test
    void dcmsignVerifiesOurTimestamp() throws Exception {
        assumeTrue(dcmsignPresent(), "dcmsign (Debian package dcmtk) is not on the PATH");
        Part10File signed = DigitalSignatures.sign(DicomFixtures.read(DicomFixtures.EXPLICIT_LITTLE),
                SignatureRequest.everything(signer.signingKey(), Instant.now()).timeStampedBy(authority()));
        Path file = Files.write(dir.resolve("ours.dcm"), Part10Writer.write(signed));

        String output = dcmsign("--verify", "+tr", "+cf", pem("signer.pem", signer.certificate()), "+cf",
                openssl.rootCertificateFile().toString(), file.toString());

        assertThat(output).contains("Signature Verification : OK");
    }

    @Test
    void weVerifyATimestampDcmsignInserted() throws Exception {
        assumeTrue(dcmsignPresent(), "dcmsign (Debian package dcmtk) is not on the PATH");
        Path in = Files.write(dir.resolve("plain.dcm"), DicomFixtures.bytes(DicomFixtures.EXPLICIT_LITTLE));
        Path query = dir.resolve("tsa").resolve("dcmsign.tsq");
        Path uid = dir.resolve("dcmsign.uid");
        dcmsign("-pw", "+s", pem("signer.key.pem", signer.keys().getPrivate()),
                pem("signer.pem", signer.certificate()), "+ts", query.toString(), uid.toString(), in.toString(),
                dir.resolve("signed.dcm").toString());
        openssl.openssl("ts", "-reply", "-config", "tsa.cnf", "-queryfile", "dcmsign.tsq", "-out", "dcmsign.tsr");
        dcmsign("+t", query.toString(), dir.resolve("tsa").resolve("dcmsign.tsr").toString(), uid.toString(),
                dir.resolve("signed.dcm").toString(), dir.resolve("stamped.dcm").toString());

        Part10File stamped = new Part10Reader().read(Files.readAllBytes(dir.resolve("stamped.dcm")));
        assertThat(DigitalSignatures.verify(stamped, trusting(signer), Instant.now())).singleElement()
                .satisfies(check -> {
                    assertThat(check.outcome()).as(check.reason()).isEqualTo(Outcome.VALID);
                    assertThat(check.timeStamp().orElseThrow().outcome()).isEqualTo(TimeStamp.Outcome.VALID);
                });
    }

    private static String pem(String name, Object object) throws Exception {
        return Files.writeString(dir.resolve(name), TestKeys.pem(object)).toString();
    }

    private static String dcmsign(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("dcmsign"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("dcmsign finished").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    private static boolean dcmsignPresent() {
        try {
            Process process = new ProcessBuilder("dcmsign", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
