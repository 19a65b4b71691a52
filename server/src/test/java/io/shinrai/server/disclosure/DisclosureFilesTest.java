package io.shinrai.server.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A vendor downloads its disclosure as the familiar workbook and a hospital-style upload reads it back. */
@ShinraiTest
@AutoConfigureMockMvc
class DisclosureFilesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Disclosures disclosures;
    @Autowired
    CatalogueLibrary catalogues;

    Organisation vendor;
    MockHttpSession session;

    @BeforeEach
    void vendorWithADraft() throws Exception {
        vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        UserAccount quality = fixtures.member(vendor, OrgRole.EDITOR);
        session = new MockHttpSession();
        mvc.perform(MockMvcRequestBuilders.post("/login").session(session).with(csrf())
                .param("email", quality.email()).param("password", Fixtures.PASSWORD));
        StoredDisclosure draft = disclosures.start(vendor.id(),
                catalogues.find("mhlw-vendor-checklist", "2025").orElseThrow(),
                new BasicInformation(null, vendor.name(), "SMX 画像サーバ", "3.2"));
        disclosures.edit(vendor.id(), draft.id(), new Disclosures.Edit(
                Map.of("1-①", ItemAnswer.of(Answer.NO, "=責任者は来期に任命予定")), null, null));
    }

    @Test
    void thePrintableViewDownloadsAsAPdfWithTheAnswersAndRemarks() throws Exception {
        StoredDisclosure draft = disclosures.of(vendor.id()).get(0);
        MockHttpServletResponse download = mvc.perform(MockMvcRequestBuilders
                .get("/orgs/" + vendor.id() + "/disclosures/" + draft.id() + "/export?format=PDF").session(session))
                .andReturn().getResponse();

        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).contains(".pdf");
        try (PDDocument pdf = Loader.loadPDF(download.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("SMX 画像サーバ", "いいえ", "=責任者は来期に任命予定");
        }
    }

    @Test
    void theExportedWorkbookReadsBackIntoANewDraftWithTheSameAnswers() throws Exception {
        StoredDisclosure original = disclosures.of(vendor.id()).get(0);
        MockHttpServletResponse download = mvc.perform(MockMvcRequestBuilders
                .get("/orgs/" + vendor.id() + "/disclosures/" + original.id() + "/export").session(session))
                .andReturn().getResponse();
        assertThat(download.getHeader("Content-Disposition")).contains(".xlsx");

        String next = upload(new MockMultipartFile("file", "returned.xlsx", null, download.getContentAsByteArray()))
                .getRedirectedUrl();

        StoredDisclosure imported = disclosures.of(vendor.id()).stream()
                .filter(stored -> !stored.id().equals(original.id())).findFirst().orElseThrow();
        assertThat(next).endsWith(imported.id().toString());
        assertThat(imported.document().answers()).isEqualTo(original.document().answers());
        assertThat(imported.document().basics().product()).isEqualTo("SMX 画像サーバ");
    }

    @Test
    void aFileThatIsNoDisclosureIsRefusedAndNothingIsStored() throws Exception {
        upload(new MockMultipartFile("file", "answers.csv", null, "1-①,いいえ".getBytes(StandardCharsets.UTF_8)));

        String page = mvc.perform(MockMvcRequestBuilders.get("/orgs/" + vendor.id() + "/disclosures")
                .session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Excelブック(.xlsx)ではありません。");
        assertThat(disclosures.of(vendor.id())).hasSize(1);
    }

    private MockHttpServletResponse upload(MockMultipartFile file) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/orgs/" + vendor.id() + "/disclosures/import")
                .file(file).session(session).with(csrf())).andReturn().getResponse();
    }
}
