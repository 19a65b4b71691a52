package io.shinrai.server.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.crypto.Sha256;
import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.attachment.Attachment;
import io.shinrai.server.attachment.Attachments;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Evidence for an item is kept as uploaded, recognised by its content, and only for the hospital it belongs to. */
@ShinraiTest
@AutoConfigureMockMvc
class ChecklistEvidenceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Checklists checklists;
    @Autowired
    VendorForms vendorForms;
    @Autowired
    Inventory inventory;

    Organisation hospital;
    WebSession editor;
    UUID roundId;
    String round;

    @BeforeEach
    void aHospitalWithARound() throws Exception {
        hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        editor = new WebSession(mvc);
        editor.signIn(fixtures.member(hospital, OrgRole.EDITOR).email(), Fixtures.PASSWORD);
        round = editor.post("/orgs/" + hospital.id() + "/checklists", "year",
                String.valueOf(FiscalYear.containing(checklists.today()).value())).getRedirectedUrl();
        roundId = UUID.fromString(round.substring(round.lastIndexOf('/') + 1));
    }

    @Test
    void aPdfComesBackAsUploadedAsADownloadThatIsNeverSniffed() throws Exception {
        byte[] pdf = onePagePdf();

        attach("3-②", new MockMultipartFile("file", "バックアップ手順書.pdf", "application/octet-stream", pdf));

        assertThat(editor.get(round + "?section=incident-readiness").getContentAsString())
                .contains("証跡を添付しました").contains("バックアップ手順書.pdf");
        Attachment kept = evidenceOf("3-②");
        assertThat(kept.mediaType()).isEqualTo("application/pdf");
        assertThat(kept.sha256()).isEqualTo(Sha256.hex(pdf));
        MockHttpServletResponse download = editor.get(attachment(hospital, kept.id()));
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").contains("UTF-8''");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aProgramNamedLikeAPdfIsRefused() throws Exception {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';

        attach("3-②", new MockMultipartFile("file", "setup.pdf", "application/pdf", program));

        assertThat(editor.get(round + "?section=incident-readiness").getContentAsString())
                .contains("「setup.pdf」は添付できない形式です");
        assertThat(checklists.form(hospital.id(), roundId, null).orElseThrow().evidenceFor("3-②")).isEmpty();
    }

    @Test
    void aFileOverTenMegabytesIsRefused() throws Exception {
        byte[] large = new byte[(int) Attachments.LARGEST + 1];
        System.arraycopy(onePagePdf(), 0, large, 0, 5);

        attach("3-②", new MockMultipartFile("file", "全体.pdf", "application/pdf", large));

        assertThat(editor.get(round + "?section=incident-readiness").getContentAsString())
                .contains("「全体.pdf」は 10 MB を超えているため添付できません");
    }

    @Test
    void anotherHospitalCannotDownloadItAndRemovedEvidenceIsGone() throws Exception {
        attach("1-①", new MockMultipartFile("file", "任命書.pdf", "application/pdf", onePagePdf()));
        UUID evidence = evidenceOf("1-①").id();
        Organisation other = fixtures.organisation(OrganisationKind.HOSPITAL);
        WebSession otherAdmin = new WebSession(mvc);
        otherAdmin.signIn(fixtures.member(other, OrgRole.ORG_ADMIN).email(), Fixtures.PASSWORD);

        assertThat(otherAdmin.get(attachment(hospital, evidence)).getStatus()).isEqualTo(404);
        assertThat(otherAdmin.get(attachment(other, evidence)).getStatus()).isEqualTo(404);

        editor.post(round + "/evidence/" + evidence + "/delete", "section", "governance");

        assertThat(editor.get(attachment(hospital, evidence)).getStatus()).isEqualTo(404);
    }

    @Test
    void aSystemsEvidenceLeavesTheLedgerWithTheSystem() throws Exception {
        InventorySystem pacs = inventory.add(hospital.id(), new LedgerEntry("PACS", SystemCategory.PACS, null, null,
                null, null, null, null, false, null, null, null));
        vendorForms.record(hospital.id(), roundId, pacs.id());
        Attachment contract = checklists.addEvidence(hospital.id(), roundId, pacs.id(), "1-①", "保守契約書.pdf",
                onePagePdf());
        assertThat(editor.get(attachment(hospital, contract.id())).getStatus()).isEqualTo(200);

        editor.post("/orgs/" + hospital.id() + "/inventory/" + pacs.id() + "/delete");

        assertThat(editor.get(attachment(hospital, contract.id())).getStatus()).isEqualTo(404);
    }

    private void attach(String ref, MockMultipartFile file) throws Exception {
        editor.upload(round + "/evidence?ref=" + ref + "&section=incident-readiness", file);
    }

    private Attachment evidenceOf(String ref) {
        return checklists.form(hospital.id(), roundId, null).orElseThrow().evidenceFor(ref).get(0);
    }

    private static String attachment(Organisation organisation, UUID id) {
        return "/orgs/" + organisation.id() + "/attachments/" + id;
    }

    private static byte[] onePagePdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            document.save(file);
            return file.toByteArray();
        }
    }
}
