package io.shinrai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import io.shinrai.crypto.SelfSignedIdentity;
import io.shinrai.crypto.SigningIdentity;
import io.shinrai.crypto.SigningIdentityPem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisclosureCommandTest {

    @TempDir
    Path folder;
    private final CommandRun run = new CommandRun();

    private static final String VENDOR_CHECKLIST = """
            {"format": "shinrai-disclosure/1", "documentId": "MDS-1",
             "catalogue": {"id": "mhlw-vendor-checklist", "version": "2025"},
             "basics": {"vendor": "さくらメディカルシステムズ株式会社"}, "optionsInUse": [],
             "answers": [{"ref": "1-①", "answer": "NO"}], "notes": []}""";

    @Test
    void validateReportsProgressAndWhatIsMissing() throws Exception {
        Path disclosure = Files.writeString(folder.resolve("mds.json"), VENDOR_CHECKLIST);

        assertThat(run.shinrai("disclosure", "validate", disclosure.toString())).isEqualTo(DisclosureCommand.FINDINGS);
        assertThat(run.out()).contains("1-①: This answer needs remarks.").contains("Not answered yet.")
                .containsPattern("governance\\s+100%  1 of 1 answered").contains("finding(s).");
    }

    @Test
    void validateSaysWhyAFileIsNotUsable() throws Exception {
        Path unknownCatalogue = Files.writeString(folder.resolve("other.json"), """
                {"format": "shinrai-disclosure/1", "documentId": "X", "catalogue": {"id": "acme", "version": "9"},
                 "basics": {}, "optionsInUse": [], "answers": [], "notes": []}""");
        Path notJson = Files.writeString(folder.resolve("broken.json"), "MDS,はい,いいえ");

        assertThat(run.shinrai("disclosure", "validate", unknownCatalogue.toString()))
                .isEqualTo(DisclosureCommand.UNUSABLE);
        assertThat(run.err()).contains("catalogue acme version 9, which is not known here");
        assertThat(run.shinrai("disclosure", "validate", notJson.toString())).isEqualTo(DisclosureCommand.UNUSABLE);
        assertThat(run.err()).contains("not readable as JSON");
    }

    @Test
    void catalogueCheckListsTheProblemsOfABrokenFile() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.yaml"), """
                format: shinrai-catalogue/1
                id: local-checklist
                version: "1"
                title: {ja: 院内チェックリスト, en: In-house checklist}
                answers: yes-no
                sections:
                  - id: access
                    title: {ja: アクセス管理}
                    items:
                      - ref: "1"
                        text: {ja: 退職者のアカウントを削除していますか。, en: Are leavers' accounts removed?}
                        when: {option: wireless-lan}
                """);

        assertThat(run.shinrai("catalogue", "check", broken.toString())).isEqualTo(1);
        assertThat(run.err()).contains("sections[0].title.en: required")
                .contains("sections[0].items[0].when.option: \"wireless-lan\" is not one of the catalogue's options");
    }

    @Test
    void catalogueListShowsTheBuiltInOnes() {
        assertThat(run.shinrai("catalogue", "list")).isZero();
        assertThat(run.out()).contains("jahis-mds@5.0").contains("mds2-2019@2019");
    }

    @Test
    void exportToTheJahisWorkbookAndImportBackChangesNothing() throws Exception {
        Path json = Files.writeString(folder.resolve("mds.json"), VENDOR_CHECKLIST);
        Path workbook = folder.resolve("mds.xlsx");
        Path imported = folder.resolve("imported.json");

        assertThat(run.shinrai("disclosure", "export", json.toString(), "--to", "JAHIS", "-o", workbook.toString()))
                .isZero();
        assertThat(run.shinrai("disclosure", "import", workbook.toString(), "-o", imported.toString())).isZero();
        assertThat(run.shinrai("disclosure", "diff", json.toString(), imported.toString())).isZero();
        assertThat(run.out()).contains("No changes.");
    }

    @Test
    void exportToPdfWritesThePrintableViewWithItsFontInside() throws Exception {
        Path json = Files.writeString(folder.resolve("mds.json"), VENDOR_CHECKLIST);
        Path pdf = folder.resolve("mds.pdf");

        assertThat(run.shinrai("disclosure", "export", json.toString(), "--to", "PDF", "-o", pdf.toString())).isZero();
        assertThat(run.out()).contains("Wrote " + pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            assertThat(stripper.getText(document)).contains("製造業者: さくらメディカルシステムズ株式会社")
                    .containsPattern("1-① .* いいえ");
            PDResources resources = document.getPage(0).getResources();
            for (COSName font : resources.getFontNames()) {
                assertThat(resources.getFont(font).isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void aPdfIsNotImportedAndTheMessageSaysWhatToUseInstead() throws Exception {
        Path json = Files.writeString(folder.resolve("mds.json"), VENDOR_CHECKLIST);
        Path pdf = folder.resolve("mds.pdf");
        assertThat(run.shinrai("disclosure", "export", json.toString(), "--to", "PDF", "-o", pdf.toString())).isZero();

        assertThat(run.shinrai("disclosure", "import", pdf.toString())).isEqualTo(DisclosureCommand.UNUSABLE);
        assertThat(run.err()).contains(pdf + ": A disclosure cannot be imported from a PDF. Import its JSON or Excel "
                + "(.xlsx) file instead.");
        run.forgetOutput();
        assertThat(run.shinrai("disclosure", "import", "--format", "PDF", json.toString()))
                .isEqualTo(DisclosureCommand.UNUSABLE);
        assertThat(run.err()).contains("A disclosure cannot be imported from a PDF.");
    }

    @Test
    void theUsageOffersPdfToWriteButNotToRead() {
        assertThat(run.shinrai("disclosure", "export")).isEqualTo(2);
        assertThat(run.err()).containsPattern("--to=FORMAT\\s+format to write: JSON, JAHIS, MDS2, PDF")
                .containsPattern("--format=FORMAT\\s+format of the input: JSON, JAHIS, MDS2;");
    }

    @Test
    void diffShowsTheChangedAnswer() throws Exception {
        Path before = Files.writeString(folder.resolve("r1.json"), VENDOR_CHECKLIST);
        Path after = Files.writeString(folder.resolve("r2.json"),
                VENDOR_CHECKLIST.replace("\"answer\": \"NO\"", "\"answer\": \"YES\""));

        assertThat(run.shinrai("disclosure", "diff", before.toString(), after.toString())).isEqualTo(1);
        assertThat(run.out()).contains("1-①: \"いいえ\" -> \"はい\"").contains("1 change(s).");
    }

    @Test
    void anMds2WorkbookIsRecognisedWithoutBeingTold() throws Exception {
        Path json = Files.writeString(folder.resolve("mds2.json"), """
                {"format": "shinrai-disclosure/1", "documentId": "MDS2-1",
                 "catalogue": {"id": "mds2-2019", "version": "2019"}, "basics": {}, "optionsInUse": [],
                 "answers": [{"ref": "MPII-1", "answer": "YES"}], "notes": []}""");
        Path workbook = folder.resolve("mds2.xlsx");

        assertThat(run.shinrai("disclosure", "export", json.toString(), "--to", "MDS2", "-o", workbook.toString()))
                .isZero();
        assertThat(run.shinrai("disclosure", "import", workbook.toString())).isZero();
        assertThat(run.out()).contains("\"ref\" : \"MPII-1\"").contains("\"answer\" : \"YES\"");
    }

    @Test
    void aFileThatIsNeitherJsonNorAWorkbookIsRefusedClearly() throws Exception {
        Path csv = Files.writeString(folder.resolve("answers.csv"), "13.1,はい\n13.2,いいえ\n");

        assertThat(run.shinrai("disclosure", "import", csv.toString())).isEqualTo(DisclosureCommand.UNUSABLE);
        assertThat(run.err()).contains("This is not an Excel workbook (.xlsx).");
    }

    @Test
    void aSignedExportVerifiesAndAChangedByteIsCaught() throws Exception {
        SigningIdentity identity = SelfSignedIdentity.generate("さくらメディカルシステムズ株式会社", "PSIRT", 365,
                Instant.now().minusSeconds(60));
        Path key = Files.writeString(folder.resolve("key.pem"), SigningIdentityPem.privateKey(identity));
        Path cert = Files.writeString(folder.resolve("cert.pem"), SigningIdentityPem.certificates(identity));
        Path json = Files.writeString(folder.resolve("mds.json"), VENDOR_CHECKLIST);

        assertThat(run.shinrai("disclosure", "sign", json.toString(), "--key", key.toString(), "--cert",
                cert.toString())).isZero();
        assertThat(run.shinrai("disclosure", "verify", json.toString())).isZero();
        assertThat(run.out()).contains("O=さくらメディカルシステムズ株式会社").contains("Valid: the file has not changed");

        Files.writeString(json, VENDOR_CHECKLIST.replace("\"NO\"", "\"YES\""));
        assertThat(run.shinrai("disclosure", "verify", json.toString())).isEqualTo(1);
        assertThat(run.out()).contains("NOT valid: the document was changed after signing");
    }

    @Test
    void aSignedContainerCarriesTheFileAndItsSignatureTogether() throws Exception {
        SigningIdentity identity = SelfSignedIdentity.generate("さくらメディカルシステムズ株式会社", "PSIRT", 365,
                Instant.now().minusSeconds(60));
        Path key = Files.writeString(folder.resolve("key.pem"), SigningIdentityPem.privateKey(identity));
        Path cert = Files.writeString(folder.resolve("cert.pem"), SigningIdentityPem.certificates(identity));
        Path json = Files.writeString(folder.resolve("mds.json"), VENDOR_CHECKLIST);

        assertThat(run.shinrai("disclosure", "sign", "--container", json.toString(), "--key", key.toString(),
                "--cert", cert.toString())).isZero();
        Path container = folder.resolve("mds.json.signed.zip");
        assertThat(run.shinrai("disclosure", "verify", container.toString())).isZero();
        assertThat(run.out()).contains("Document: mds.json").contains("Valid: the file has not changed");

        Files.write(container, Arrays.copyOf(Files.readAllBytes(container), 100));
        assertThat(run.shinrai("disclosure", "verify", container.toString()))
                .isEqualTo(DisclosureCommand.UNUSABLE);
        assertThat(run.err()).contains("not a signed container (a zip), or a damaged one");
    }
}
