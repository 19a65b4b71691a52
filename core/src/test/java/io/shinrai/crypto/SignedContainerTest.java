package io.shinrai.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.crypto.SignedContainer.Problem;
import io.shinrai.crypto.SignedContainer.UnusableContainerException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignedContainerTest {

    private static final Instant SIGNED = Instant.parse("2026-05-01T03:00:00Z");
    private static final SigningIdentity VENDOR =
            SelfSignedIdentity.generate("株式会社サンプル医療", "Sample Medical PSIRT", 365, SIGNED);
    private static final byte[] DISCLOSURE = "{\"documentId\": \"MDS-0001\", \"answers\": {\"1-①\": \"はい\"}}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aContainerCarriesTheDocumentAndItsSignatureAndVerifiesAfterTheTrip() throws Exception {
        byte[] file = SignedContainer.sign("MDS-0001-r1.json", DISCLOSURE, VENDOR, SIGNED).toBytes();

        SignedContainer read = SignedContainer.read(file);

        assertThat(read.documentName()).isEqualTo("MDS-0001-r1.json");
        assertThat(read.document()).isEqualTo(DISCLOSURE);
        SignatureVerdict verdict = read.verify();
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.signer().orElseThrow().organisation()).contains("株式会社サンプル医療");
    }

    @Test
    void theMimetypeComesFirstUncompressedSoThatToolsRecogniseTheContainer() {
        byte[] file = SignedContainer.sign("a.json", DISCLOSURE, VENDOR, SIGNED).toBytes();

        // ASiC: the local header of "mimetype" is the first thing in the file and its content follows at offset 38
        assertThat(new String(file, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(new String(file, 38, SignedContainer.MEDIA_TYPE.length(), StandardCharsets.US_ASCII))
                .isEqualTo(SignedContainer.MEDIA_TYPE);
    }

    @Test
    void anOrdinaryZipToolListsAndExtractsTheSignedDocument(@TempDir Path folder) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/unzip")), "unzip is not installed: skipped");
        Path container = folder.resolve("signed.zip");
        Files.write(container, SignedContainer.sign("MDS-0001-r1.json", DISCLOSURE, VENDOR, SIGNED).toBytes());

        Process unzip = new ProcessBuilder("unzip", "-o", container.toString(), "-d", folder.toString())
                .redirectErrorStream(true).start();
        String output = new String(unzip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(unzip.waitFor()).as(output).isZero();
        assertThat(Files.readAllBytes(folder.resolve("MDS-0001-r1.json"))).isEqualTo(DISCLOSURE);
        assertThat(DetachedSignature.verify(DISCLOSURE,
                Files.readAllBytes(folder.resolve("META-INF/signature.p7s"))).valid()).isTrue();
    }

    @Test
    void aChangedDocumentInsideTheContainerIsDetected() throws Exception {
        SignedContainer signed = SignedContainer.sign("a.json", DISCLOSURE, VENDOR, SIGNED);
        byte[] changed = DISCLOSURE.clone();
        changed[5] ^= 1;

        SignatureVerdict verdict = SignedContainer.read(
                new SignedContainer("a.json", changed, signed.signature()).toBytes()).verify();

        assertThat(verdict.outcome()).isEqualTo(SignatureVerdict.Outcome.DOCUMENT_CHANGED);
    }

    @Test
    void aZipBombIsRefusedAfterReadingNoMoreThanTheLimit() throws Exception {
        byte[] bomb = zip("huge.json", new byte[SignedContainer.MAX_DOCUMENT_BYTES + 1]);
        assertThat(bomb.length).isLessThan(100_000);

        assertRefused(bomb, Problem.TOO_LARGE);
    }

    @Test
    void filesThatAreNotSignedContainersAreRefusedWithTheReason() throws Exception {
        assertRefused(DISCLOSURE, Problem.NOT_A_CONTAINER);
        assertRefused(Arrays.copyOf(SignedContainer.sign("a.json", DISCLOSURE, VENDOR, SIGNED).toBytes(), 60),
                Problem.NOT_A_CONTAINER);
        assertRefused(zip("a.json", DISCLOSURE), Problem.NO_SIGNATURE);
        assertRefused(zip("META-INF/signature.p7s", new byte[10]), Problem.NO_DOCUMENT);
        assertRefused(zip("folder/a.json", DISCLOSURE), Problem.MORE_THAN_ONE_DOCUMENT);
    }

    private static void assertRefused(byte[] file, Problem problem) {
        assertThatThrownBy(() -> SignedContainer.read(file)).isInstanceOf(UnusableContainerException.class)
                .extracting(thrown -> ((UnusableContainerException) thrown).problem()).isEqualTo(problem);
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return out.toByteArray();
    }
}
