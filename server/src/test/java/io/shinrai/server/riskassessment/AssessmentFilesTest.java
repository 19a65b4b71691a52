package io.shinrai.server.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An assessment travels as the workbook people fill in and comes back whole or not at all, and as a PDF report that
 * poppler's pdftotext, a reader other than the writer, reads back.
 */
@ShinraiTest
@AutoConfigureMockMvc
class AssessmentFilesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RiskAssessments assessments;

    Organisation vendor;
    WebSession editor;
    String base;

    @BeforeEach
    void assessmentFromTheTemplate() throws Exception {
        vendor = fixtures.organisation(OrganisationKind.SERVICE_PROVIDER);
        editor = new WebSession(mvc);
        editor.signIn(fixtures.member(vendor, OrgRole.EDITOR).email(), Fixtures.PASSWORD);
        String service = editor.post("/orgs/" + vendor.id() + "/remote-services", "name", "CT リモート保守")
                .getRedirectedUrl();
        base = editor.post(service + "/assessments", "method", "built-in:ipa-3", "start", "template-remote-maintenance")
                .getRedirectedUrl();
    }

    @Test
    void anEditedWorkbookReadsBackIntoTheDraft() throws Exception {
        byte[] edited = editRiskList(download(), "T01", "担当", "サービスセンタ");

        MockHttpServletResponse landed = upload(edited);

        assertThat(landed.getRedirectedUrl()).isEqualTo(base);
        assertThat(editor.get(base).getContentAsString()).contains("Excel のリスク一覧を読み込みました。", "サービスセンタ");
        assertThat(stored().assessment().rows().get(0).owner()).isEqualTo("サービスセンタ");
    }

    @Test
    void aWorkbookWithALevelOutsideTheScaleChangesNothing() throws Exception {
        byte[] edited = editRiskList(editRiskList(download(), "T01", "担当", "サービスセンタ"), "T02",
                "機密性", "7");

        upload(edited);

        String page = editor.get(base).getContentAsString();
        assertThat(page).contains("次の点を直してください。", "「7」は 1〜3 の範囲外です。");
        assertThat(stored().assessment().rows().get(0).owner()).isEmpty();
    }

    @Test
    void aWorkbookIntoAnAcceptedVersionIsRefusedWithTheWayToANewVersion() throws Exception {
        byte[] workbook = download();
        WebSession reviewer = new WebSession(mvc);
        reviewer.signIn(fixtures.member(vendor, OrgRole.REVIEWER).email(), Fixtures.PASSWORD);
        editor.submit(base + "/state", "to", "SUBMITTED");
        reviewer.submit(base + "/state", "to", "ACCEPTED");

        upload(workbook);

        assertThat(editor.get(base).getContentAsString()).contains("新しい版を作って変更してください。");
    }

    @Test
    void somethingThatIsNoWorkbookIsRefusedInWords() throws Exception {
        upload("not a workbook".getBytes(StandardCharsets.UTF_8));

        assertThat(editor.get(base).getContentAsString()).contains("Excelブック(.xlsx)ではありません。");
    }

    @Test
    void theReportReadsBackWithTheLegendTheRisksTheHeatMapsAndTheStatementOfApplicability(@TempDir Path folder)
            throws Exception {
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        Assumptions.assumeTrue(Files.isExecutable(pdftotext), "poppler's pdftotext is not installed");
        MockHttpServletResponse report = editor.get(base + "/report");
        assertThat(report.getContentType()).isEqualTo("application/pdf");
        Path pdf = folder.resolve("report.pdf");
        Files.write(pdf, report.getContentAsByteArray());

        Process process = new ProcessBuilder(List.of(pdftotext.toString(), "-layout", pdf.toString(), "-"))
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isZero();
        assertThat(text).contains("方法と凡例", "IPA 方式", "リスク一覧", "保守用端末", "ヒートマップ（対策前）",
                "ヒートマップ（対策後）", "適用宣言書", "8.34", "受容不可");
    }

    private byte[] download() throws Exception {
        MockHttpServletResponse workbook = editor.get(base + "/workbook");
        assertThat(workbook.getHeader("Content-Disposition")).contains(".xlsx");
        return workbook.getContentAsByteArray();
    }

    private MockHttpServletResponse upload(byte[] bytes) throws Exception {
        return editor.upload(base + "/workbook", new MockMultipartFile("file", "risk.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes));
    }

    /** Types into the risk list as a person would: the cell under a heading, on the row of a risk. */
    static byte[] editRiskList(byte[] workbook, String rowId, String heading, String value) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet("リスク一覧");
            DataFormatter format = new DataFormatter();
            int column = -1;
            for (Cell cell : sheet.getRow(1)) {
                if (format.formatCellValue(cell).contains(heading)) {
                    column = cell.getColumnIndex();
                    break;
                }
            }
            assertThat(column).as("column " + heading).isNotNegative();
            for (Row row : sheet) {
                if (rowId.equals(format.formatCellValue(row.getCell(0)))) {
                    row.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private StoredAssessment stored() {
        return assessments.get(vendor.id(), UUID.fromString(base.substring(base.lastIndexOf('/') + 1)));
    }
}
