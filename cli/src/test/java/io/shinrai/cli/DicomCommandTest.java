package io.shinrai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shinrai.crypto.OpenSslTimeStampAuthority;
import io.shinrai.crypto.SelfSignedIdentity;
import io.shinrai.crypto.SigningIdentity;
import io.shinrai.crypto.SigningIdentityPem;
import io.shinrai.dicom.Attributes;
import io.shinrai.dicom.DataElement.Value;
import io.shinrai.dicom.Part10File;
import io.shinrai.dicom.Part10Writer;
import io.shinrai.dicom.Tag;
import io.shinrai.dicom.TransferSyntax;
import io.shinrai.dicom.Vr;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DicomCommandTest {

    @TempDir
    Path dir;
    private final CommandRun run = new CommandRun();
    private Path studies;
    private Path key;
    private Path certificate;

    @BeforeEach
    void studiesAndAKey() throws Exception {
        studies = Files.createDirectories(dir.resolve("studies/ct"));
        Files.write(studies.resolve("1.dcm"), dicom("Yamada^Taro"));
        Files.write(studies.resolve("2.dcm"), dicom("Sato^Hanako"));
        SigningIdentity identity = SelfSignedIdentity.generate("Sakura Hospital", "Radiology", 30,
                Instant.now().minus(Duration.ofDays(1)));
        key = Files.writeString(dir.resolve("key.pem"), SigningIdentityPem.privateKey(identity));
        certificate = Files.writeString(dir.resolve("cert.pem"), SigningIdentityPem.certificates(identity));
    }

    @Test
    void aSignedFolderVerifiesForWhoeverTrustsTheCertificateAndOnlyForThem() {
        assertThat(run.shinrai("dicom", "sign", "--key", key.toString(), "--cert", certificate.toString(),
                "--mac", "SHA384", dir.resolve("studies").toString())).as(run.err()).isZero();
        assertThat(run.out()).contains("[1/2] " + studies.resolve("1.dcm") + ": signed")
                .contains("[2/2] " + studies.resolve("2.dcm") + ": signed");
        run.forgetOutput();

        assertThat(run.shinrai("dicom", "verify", "--trust", certificate.toString(), dir.resolve("studies")
                .toString())).as(run.err()).isZero();
        assertThat(run.out()).contains("[1/2]").containsPattern("VALID\\s+data set")
                .contains("ECDSA P-384 with SHA384 (Shinrai extension, not a DICOM profile)");
        run.forgetOutput();

        assertThat(run.shinrai("dicom", "verify", dir.resolve("studies").toString())).isZero();
        assertThat(run.out()).containsPattern("UNTRUSTED\\s+data set");
    }

    @Test
    void verifyFailsOnAChangedFileAndReportsJson() throws Exception {
        Path file = studies.resolve("1.dcm");
        run.shinrai("dicom", "sign", "--key", key.toString(), "--cert", certificate.toString(), file.toString());
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        bytes[text.indexOf("Yamada")] = 'H';
        Files.write(file, bytes);
        run.forgetOutput();

        assertThat(run.shinrai("dicom", "verify", "--json", "--trust", certificate.toString(), file.toString()))
                .isEqualTo(DicomCommand.INVALID);

        JsonNode signature = JsonMapper.builder().build().readTree(run.out()).get(0).get("signatures").get(0);
        assertThat(signature.get("outcome").asString()).isEqualTo("invalid");
        assertThat(signature.get("algorithm").asString()).isEqualTo("ECDSA P-384");
        assertThat(signature.get("extension").asBoolean()).isTrue();
        assertThat(signature.get("signedTags").toString()).contains("(0010,0010)");
    }

    @Test
    void aTimestampedSignatureReportsTheAuthorityAndAFailingAuthoritySignsNothing() throws Exception {
        assumeTrue(OpenSslTimeStampAuthority.available(), "openssl is not on the PATH");
        Path file = studies.resolve("1.dcm");
        byte[] original = Files.readAllBytes(file);
        try (OpenSslTimeStampAuthority authority = OpenSslTimeStampAuthority.start(
                Files.createDirectories(dir.resolve("tsa")))) {
            authority.tamper(answer -> "busy".getBytes(StandardCharsets.US_ASCII));
            assertThat(run.shinrai("dicom", "sign", "--key", key.toString(), "--cert", certificate.toString(),
                    "--timestamp-url", authority.url().toString(), file.toString())).isEqualTo(DicomCommand.INVALID);
            assertThat(run.err()).contains("not signed: the time-stamping authority " + authority.url());
            assertThat(Files.readAllBytes(file)).isEqualTo(original);

            authority.tamper(answer -> answer);
            assertThat(run.shinrai("dicom", "sign", "--key", key.toString(), "--cert", certificate.toString(),
                    "--timestamp-url", authority.url().toString(), file.toString())).as(run.err()).isZero();
            run.forgetOutput();

            assertThat(run.shinrai("dicom", "verify", "--json", "--trust", certificate.toString(), "--trust",
                    authority.rootCertificateFile().toString(), file.toString())).isZero();
        }
        JsonNode stamp = new JsonMapper().readTree(run.out()).path(0).path("signatures").path(0).path("timeStamp");
        assertThat(stamp.path("outcome").asString()).isEqualTo("valid");
        assertThat(stamp.path("authority").asString()).contains("Test Time-Stamping Authority");
    }

    @Test
    void removeGivesBackTheUnsignedFileAndRequireSignatureThenFails() throws Exception {
        Path file = studies.resolve("2.dcm");
        byte[] original = Files.readAllBytes(file);
        run.shinrai("dicom", "sign", "--key", key.toString(), "--cert", certificate.toString(), file.toString());
        assertThat(Files.readAllBytes(file)).isNotEqualTo(original);

        assertThat(run.shinrai("dicom", "remove", file.toString())).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(run.shinrai("dicom", "verify", "--require-signature", file.toString()))
                .isEqualTo(DicomCommand.INVALID);
        assertThat(run.out()).contains("no signatures");
    }

    @Test
    void signingToAnOutputFolderLeavesTheOriginalsAndRefusesWhatIsNotDicom() throws Exception {
        Path notes = Files.writeString(studies.resolve("notes.txt"), "not an image");
        byte[] original = Files.readAllBytes(studies.resolve("1.dcm"));
        Path signed = dir.resolve("signed");

        assertThat(run.shinrai("dicom", "sign", "--key", key.toString(), "--cert", certificate.toString(),
                "-o", signed.toString(), dir.resolve("studies").toString())).isEqualTo(DicomCommand.UNUSABLE);

        assertThat(run.err()).contains(notes + ": not signed, unreadable: not a DICOM file");
        assertThat(Files.readAllBytes(studies.resolve("1.dcm"))).isEqualTo(original);
        assertThat(signed.resolve("ct/1.dcm")).exists();
        assertThat(Files.readString(notes)).isEqualTo("not an image");
    }

    @Test
    void dumpShowsTheElements() {
        assertThat(run.shinrai("dicom", "dump", studies.resolve("1.dcm").toString())).isZero();
        assertThat(run.out()).contains("# transfer syntax 1.2.840.10008.1.2.1").contains("(0010,0010) PN [Yamada^Taro]");
    }

    private static byte[] dicom(String patient) {
        Attributes meta = new Attributes(List.of(text(Tag.TRANSFER_SYNTAX_UID, Vr.UI, "1.2.840.10008.1.2.1\0")));
        Attributes dataSet = new Attributes(List.of(
                text(Tag.of(0x0008, 0x0016), Vr.UI, "1.2.840.10008.5.1.4.1.1.7\0"),
                text(Tag.of(0x0008, 0x0018), Vr.UI, "1.2.392.200036.9999.7.1"),
                text(Tag.of(0x0010, 0x0010), Vr.PN, patient.length() % 2 == 0 ? patient : patient + " ")));
        return Part10Writer.write(new Part10File(new byte[128], meta, TransferSyntax.EXPLICIT_LITTLE, dataSet));
    }

    private static Value text(Tag tag, Vr vr, String text) {
        return new Value(tag, vr, text.getBytes(StandardCharsets.US_ASCII));
    }
}
