package io.shinrai.server.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Answer;
import io.shinrai.crypto.Sha256;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.checklist.Checklists;
import io.shinrai.server.checklist.FiscalYear;
import io.shinrai.server.disclosure.Disclosures;
import io.shinrai.server.disclosure.Sharing;
import io.shinrai.server.disclosure.StoredDisclosure;
import io.shinrai.server.gap.GapKey;
import io.shinrai.server.gap.RiskDecision;
import io.shinrai.server.gap.RiskEvaluations;
import io.shinrai.server.inventory.Intake;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.security.SignedInUser;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** One action produces the papers for an on-site inspection, and the hospital keeps a record of what it handed over. */
@ShinraiTest
@AutoConfigureMockMvc
class InspectionPapersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Inventory inventory;
    @Autowired
    Intake intake;
    @Autowired
    Disclosures disclosures;
    @Autowired
    Sharing sharing;
    @Autowired
    RiskEvaluations evaluations;
    @Autowired
    Checklists checklists;

    @Test
    void theWorkbookAndTheSummaryHoldTheLedgerTheDisclosuresAndTheEvaluatedGap() throws Exception {
        Organisation hospital = fixtures.advancedTreatmentHospital();
        Organisation vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        InventorySystem emr = inventory.add(hospital.id(), new LedgerEntry("電子カルテ",
                SystemCategory.ELECTRONIC_MEDICAL_RECORD, vendor.name(), "EMR", "8", null, null, null, false, null,
                null, null));
        StoredDisclosure published = fixtures.publishedDisclosure(vendor, "EMR", "8");
        StoredDisclosure withNo = disclosures.revise(vendor.id(), published.id());
        disclosures.edit(vendor.id(), withNo.id(), new Disclosures.Edit(
                new HashMap<>(Map.of("1-①", ItemAnswer.of(Answer.NO, "来期に任命"))), null, null));
        disclosures.publish(vendor.id(), withNo.id());
        sharing.share(vendor.id(), withNo.id(), hospital.id());
        intake.attachShared(hospital.id(), emr.id(), withNo.id(), null);
        evaluations.propose(hospital.id(), new GapKey(emr.id(), "mhlw-vendor-checklist", "1-①"),
                new RiskEvaluations.Proposal(RiskDecision.MITIGATE, "医療情報部長が兼務する", "月次で委員会に報告",
                        "医療情報部", null, null),
                new SignedInUser(fixtures.member(hospital, OrgRole.EDITOR).id(), "e", "情報部 担当", false));
        checklists.start(hospital.id(), new FiscalYear(2026), false);
        WebSession reviewer = new WebSession(mvc);
        reviewer.signIn(fixtures.member(hospital, OrgRole.REVIEWER).email(), Fixtures.PASSWORD);

        MockHttpServletResponse download = reviewer.post("/orgs/" + hospital.id() + "/inspection",
                "responsiblePerson", "高橋 美咲", "preparedOn", "2026-12-01");

        assertThat(download.getHeader("Content-Disposition")).contains(".zip");
        byte[] zip = download.getContentAsByteArray();
        Map<String, byte[]> files = unzip(zip);
        assertThat(files).containsOnlyKeys("立入検査資料_20261201.xlsx", "立入検査資料_20261201_概要.pdf");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.get("立入検査資料_20261201.xlsx")))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("概要");
            assertThat(text(workbook.getSheet("概要"))).contains("高橋 美咲").contains(hospital.name());
            assertThat(text(workbook.getSheet("医療情報システム台帳"))).contains("電子カルテ");
            assertThat(text(workbook.getSheet("受領した開示書"))).contains(withNo.document().documentId());
            assertThat(text(workbook.getSheet("ギャップとリスク評価"))).contains("1-①").contains("来期に任命")
                    .contains("医療情報部長が兼務する").contains("月次で委員会に報告").contains("承認待ち");
            assertThat(text(workbook.getSheet("チェックリスト（医療機関確認用）"))).contains("1-①")
                    .contains("医療情報システム安全管理責任者を設置していますか。");
            assertThat(text(workbook.getSheet("チェックリスト（事業者確認用）")))
                    .contains("電子カルテ").contains("事業者確認用のチェックリストがありません");
        }
        try (PDDocument pdf = Loader.loadPDF(files.get("立入検査資料_20261201_概要.pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("立入検査 提出資料").contains("高橋 美咲")
                    .contains("2026-12-01").contains("電子カルテ");
        }
        assertThat(reviewer.get("/orgs/" + hospital.id() + "/inspection").getContentAsString())
                .contains(Sha256.hex(zip)).contains("高橋 美咲");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\t')));
        return text.toString();
    }
}
