package io.shinrai.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shinrai.dicom.SignatureCheck.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DCMTK's dcmsign, the reference implementation of DICOM signatures, as the other party: it accepts what Shinrai
 * signs, Shinrai accepts what it signs (RSA and ECDSA), and both feed the same bytes to the MAC.
 */
class DcmsignInteropTest {

    private static final boolean DCMSIGN_PRESENT = present();
    /**
     * The shared files: explicit VR little and big endian, JPEG 2000, deflated, SR documents, and implicit VR, where
     * the value representations the MAC needs come from the attribute registry.
     */
    private static final List<String> SHARED_FILES = List.of("CT_small.dcm", "MR_small.dcm",
            "MR_small_bigendian.dcm", "JPEG2000.dcm", "image_dfl.dcm", "test-SR.dcm", "reportsi.dcm",
            "MR_small_implicit.dcm", "rtplan.dcm", "nested_priv_SQ.dcm");

    private static TestKeys.Issued rsa;
    private static TestKeys.Issued p384;

    @TempDir
    Path dir;

    @BeforeAll
    static void keys() throws Exception {
        rsa = TestKeys.selfSigned(TestKeys.rsa(), "Interop RSA");
        p384 = TestKeys.selfSigned(TestKeys.ec("secp384r1"), "Interop P-384");
    }

    @BeforeEach
    void needsDcmsign() {
        assumeTrue(DCMSIGN_PRESENT, "dcmsign (Debian package dcmtk) is not on the PATH");
    }

    @Test
    void dcmsignVerifiesOurSignaturesOnOurFixturesAndOnRealFiles() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String fixture : List.of(DicomFixtures.EXPLICIT_LITTLE, DicomFixtures.EXPLICIT_BIG,
                DicomFixtures.IMPLICIT_LITTLE)) {
            files.add(Files.write(dir.resolve(fixture), DicomFixtures.bytes(fixture)));
        }
        if (SharedDicomFiles.FOLDER != null) {
            SHARED_FILES.forEach(name -> files.add(SharedDicomFiles.FOLDER.resolve(name)));
        } else {
            System.out.println("../shared/data/dicom is absent: dcmsign checks only the project's own fixtures");
        }
        Path trusted = trust(rsa);
        for (Path file : files) {
            Part10File read = new Part10Reader().read(Files.readAllBytes(file));
            Path signed = dir.resolve("signed-" + file.getFileName());
            Files.write(signed, Part10Writer.write(DigitalSignatures.sign(read,
                    SignatureRequest.everything(rsa.signingKey(), Instant.now()))));

            Run verified = dcmsign("--verify", "+rg", "+cf", trusted.toString(), signed.toString());
            assertThat(verified.exitCode()).as(file + ": " + verified.output()).isZero();
            assertThat(verified.output()).as(file.toString()).contains("Signature Verification : OK");
        }
    }

    @Test
    void dcmsignVerifiesOurEcdsaSignatureAndOurSignatureInASequenceItem() throws Exception {
        Part10File file = DicomFixtures.read(DicomFixtures.EXPLICIT_LITTLE);
        Part10File signed = DigitalSignatures.sign(file, new SignatureRequest(p384.signingKey(), MacAlgorithm.SHA384,
                SignatureProfile.NONE, List.of(), Location.parse("(0008,1115)[0]"),
                Optional.of(SignaturePurpose.of("1")), Instant.now()));
        Path path = Files.write(dir.resolve("nested.dcm"), Part10Writer.write(signed));

        Run verified = dcmsign("--verify", "+rg", "+cf", trust(p384).toString(), path.toString());

        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("Signature Verification : OK");
    }

    @Test
    void dcmsignVerifiesOurStructuredReportSignature() throws Exception {
        Part10File report = new Part10Reader().read(Files.readAllBytes(SharedDicomFiles.named("test-SR.dcm")));
        Part10File signed = DigitalSignatures.sign(report, new SignatureRequest(rsa.signingKey(), MacAlgorithm.SHA256,
                SignatureProfile.STRUCTURED_REPORT_RSA, List.of(Tag.of(0x0008, 0x0018)), Location.DATA_SET,
                Optional.of(SignaturePurpose.of("1")), Instant.now()));
        assertThat(DigitalSignatures.verify(signed, TrustStore.EMPTY, Instant.now()).get(0).signedTags())
                .as("the profile adds the SR content to the one tag asked for")
                .contains(Tag.of(0x0008, 0x0018), Tag.of(0x0040, 0xA040), Tag.of(0x0040, 0xA730));
        Path path = Files.write(dir.resolve("sr.dcm"), Part10Writer.write(signed));

        Run verified = dcmsign("--verify", "+rg", "+cf", trust(rsa).toString(), path.toString());

        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("Signature Verification : OK");
    }

    @Test
    void dcmsignNoticesAChangeAfterOurSignature() throws Exception {
        Part10File signed = DigitalSignatures.sign(DicomFixtures.read(DicomFixtures.EXPLICIT_LITTLE),
                SignatureRequest.everything(rsa.signingKey(), Instant.now()));
        byte[] bytes = Part10Writer.write(signed);
        int at = indexOf(bytes, "Yamada^Taro".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        bytes[at] = 'H';
        Path path = Files.write(dir.resolve("changed.dcm"), bytes);

        Run verified = dcmsign("--verify", "+cf", trust(rsa).toString(), path.toString());

        assertThat(verified.exitCode()).as(verified.output()).isNotZero();
    }

    @Test
    void weVerifyWhatDcmsignSignsWithRsaAndWithEcdsa() throws Exception {
        for (TestKeys.Issued issued : List.of(rsa, p384)) {
            for (String fixture : List.of(DicomFixtures.EXPLICIT_LITTLE, DicomFixtures.EXPLICIT_BIG,
                    DicomFixtures.IMPLICIT_LITTLE)) {
                Path in = Files.write(dir.resolve(fixture), DicomFixtures.bytes(fixture));
                Path out = dir.resolve("dcmsigned-" + fixture);
                Run signing = dcmsign("-pw", "+m3", "+sp", "5", "+s", key(issued).toString(),
                        trust(issued).toString(), in.toString(), out.toString());
                assertThat(signing.exitCode()).as(signing.output()).isZero();

                List<SignatureCheck> checks = DigitalSignatures.verify(new Part10Reader().read(
                        Files.readAllBytes(out)), new TrustStore(List.of(issued.certificate()), List.of()),
                        Instant.now());

                assertThat(checks).singleElement().satisfies(check -> {
                    assertThat(check.outcome()).as(fixture + " " + check.reason()).isEqualTo(Outcome.VALID);
                    assertThat(check.mac()).contains(MacAlgorithm.SHA384);
                });
            }
        }
    }

    @Test
    void ourMacStreamIsTheOneDcmsignDumpsForWholeFilesChosenTagsAndItems() throws Exception {
        List<Path> files = new ArrayList<>(List.of(
                Files.write(dir.resolve("le.dcm"), DicomFixtures.bytes(DicomFixtures.EXPLICIT_LITTLE)),
                Files.write(dir.resolve("be.dcm"), DicomFixtures.bytes(DicomFixtures.EXPLICIT_BIG)),
                Files.write(dir.resolve("implicit.dcm"), DicomFixtures.bytes(DicomFixtures.IMPLICIT_LITTLE))));
        if (SharedDicomFiles.FOLDER != null) {
            files.add(SharedDicomFiles.FOLDER.resolve("JPEG2000.dcm"));
            files.add(SharedDicomFiles.FOLDER.resolve("test-SR.dcm"));
            files.add(SharedDicomFiles.FOLDER.resolve("MR_small_implicit.dcm"));
            files.add(SharedDicomFiles.FOLDER.resolve("rtplan.dcm"));
        }
        for (Path file : files) {
            assertSameMacStream(file, Location.DATA_SET);
            assertSameMacStream(file, Location.DATA_SET, "--tag", "0008,0018", "--tag", "0008,0016");
        }
        assertSameMacStream(files.get(0), Location.parse("(0008,1115)[0]"), "+si", key(rsa).toString(),
                trust(rsa).toString(), "ReferencedSeriesSequence[0]");
    }

    private void assertSameMacStream(Path file, Location location, String... how) throws Exception {
        Path out = dir.resolve("dumped.dcm");
        Path dump = dir.resolve("mac.bin");
        List<String> command = new ArrayList<>(List.of("-pw", "+m2", "+d", dump.toString()));
        if (how.length > 0 && how[0].equals("+si")) {
            command.addAll(List.of(how));
        } else {
            command.addAll(List.of("+s", key(rsa).toString(), trust(rsa).toString()));
            command.addAll(List.of(how));
        }
        command.addAll(List.of(file.toString(), out.toString()));
        Run signing = dcmsign(command.toArray(String[]::new));
        assertThat(signing.exitCode()).as(signing.output()).isZero();

        Part10File signed = new Part10Reader().read(Files.readAllBytes(out));
        String uid = DigitalSignatures.verify(signed, TrustStore.EMPTY, Instant.now()).stream()
                .filter(check -> check.location().equals(location)).findFirst().orElseThrow().uid();
        assertThat(DigitalSignatures.macInput(signed, location, uid))
                .as(file + " " + String.join(" ", how)).isEqualTo(Files.readAllBytes(dump));
    }

    private Path trust(TestKeys.Issued issued) throws Exception {
        Path path = dir.resolve(issued.certificate().getSerialNumber() + ".crt.pem");
        return Files.writeString(path, TestKeys.pem(issued.certificate()));
    }

    private Path key(TestKeys.Issued issued) throws Exception {
        Path path = dir.resolve(issued.certificate().getSerialNumber() + ".key.pem");
        return Files.writeString(path, TestKeys.pem(issued.keys().getPrivate()));
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    private record Run(int exitCode, String output) {
    }

    private Run dcmsign(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("dcmsign"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("dcmsign did not finish in 60 s");
        }
        return new Run(process.exitValue(), output);
    }

    private static boolean present() {
        try {
            Process process = new ProcessBuilder("dcmsign", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }
}
