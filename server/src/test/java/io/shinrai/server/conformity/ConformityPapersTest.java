package io.shinrai.server.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.product.Lifecycle;
import io.shinrai.server.product.Product;
import io.shinrai.server.product.ProductVersion;
import io.shinrai.server.product.Products;
import io.shinrai.testing.Openpyxl;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The evidence of a version goes to the quality department as a workbook (活動, 条項, 状況, 責任者, 証跡, 備考, and
 * completeness per clause) and as a PDF conformity summary, read back here by POI and PDFBox and, where installed,
 * by openpyxl and poppler's pdftotext.
 */
@ShinraiTest
@AutoConfigureMockMvc
class ConformityPapersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Products products;

    @TempDir
    Path folder;

    Organisation maker;
    ProductVersion version;
    WebSession viewer;
    String page;

    @BeforeEach
    void aVersionWithEvidence() throws Exception {
        maker = fixtures.organisation(OrganisationKind.MANUFACTURER);
        WebSession editor = new WebSession(mvc);
        editor.signIn(fixtures.member(maker, OrgRole.EDITOR).email(), Fixtures.PASSWORD);
        Product product = products.add(maker.id(), "画像サーバ X");
        version = products.addVersion(maker.id(), product.id(), "3.0", Lifecycle.UNKNOWN);
        page = "/orgs/" + maker.id() + "/versions/" + version.id() + "/conformity";
        editor.post(page + "/activities/1.1", "status", "DONE", "responsible", "品質保証部 佐藤", "remarks",
                "品質マニュアル第4版に規定");
        editor.post(page + "/activities/1.7", "status", "NOT_APPLICABLE", "remarks", "外部委託の開発なし");
        editor.upload(page + "/activities/1.1/files", new MockMultipartFile("file", "試験報告書.txt", "text/plain",
                "脆弱性診断の結果".getBytes(StandardCharsets.UTF_8)));
        editor.post(page + "/activities/1.1/links", "url", "https://qms.example.jp/SEC-001", "label", "SEC-001 手順書");
        viewer = new WebSession(mvc);
        viewer.signIn(fixtures.member(maker, OrgRole.VIEWER).email(), Fixtures.PASSWORD);
    }

    @Test
    void theWorkbookHoldsEachActivityAndTheCompletenessPerClause() throws Exception {
        MockHttpServletResponse download = viewer.get(page + "/workbook");

        assertThat(download.getHeader("Content-Disposition")).contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getContentAsByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("概要");
            assertThat(text(workbook.getSheet("概要"))).contains(maker.name()).contains("画像サーバ X")
                    .contains("3.0").contains("2/69 件（2%）").contains("SBOM は登録されていません");
            Sheet activities = workbook.getSheet("活動一覧");
            assertThat(cells(activities.getRow(0))).containsExactly("項番", "区分", "活動", "条項", "状況", "責任者",
                    "証跡", "備考", "更新者・更新日時", "引き継ぎ元");
            assertThat(cells(activities.getRow(1))).startsWith("1.1", "品質マネジメント")
                    .contains("IEC 81001-5-1 4.1.1 / IEC 62443-4-1 SM-1", "完了", "品質保証部 佐藤",
                            "試験報告書.txt\nSEC-001 手順書 <https://qms.example.jp/SEC-001>", "品質マニュアル第4版に規定");
            assertThat(cells(activities.getRow(2))).startsWith("1.2").contains("未着手");
            Sheet clauses = workbook.getSheet("条項別の完了状況");
            assertThat(cells(clauses.getRow(1))).containsExactly("品質マネジメント",
                    "IEC 81001-5-1 4.1 / IEC 62443-4-1 SM", "1", "1", "0", "6", "8", "25%", "0");
        }
    }

    @Test
    void inEnglishTheWorkbookSaysTheSameInEnglish() throws Exception {
        MockHttpServletResponse download = viewer.get(page + "/workbook?lang=en");

        assertThat(download.getHeader("Content-Disposition")).contains("conformity-evidence");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getContentAsByteArray()))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Summary", "Completeness per clause", "Activities");
            assertThat(cells(workbook.getSheet("Activities").getRow(1))).contains("Done", "品質保証部 佐藤");
            assertThat(text(workbook.getSheet("Summary"))).contains("2 of 69 (2%)");
        }
    }

    @Test
    void openpyxlReadsTheSheetsAndTheActivities() throws Exception {
        Optional<String> python = Openpyxl.python();
        if (python.isEmpty()) {
            System.out.println("skipped: python3 with openpyxl (Debian python3-openpyxl) is missing");
        }
        Assumptions.assumeTrue(python.isPresent(), "python3 with openpyxl (Debian python3-openpyxl) missing");
        Path workbook = Files.write(folder.resolve("evidence.xlsx"),
                viewer.get(page + "/workbook").getContentAsByteArray());
        String script = """
                import sys, openpyxl
                book = openpyxl.load_workbook(sys.argv[1])
                print("|".join(book.sheetnames))
                activities = book["活動一覧"]
                print(activities.freeze_panes, activities.max_row)
                print(activities.cell(row=2, column=1).value, activities.cell(row=2, column=5).value,
                      activities.cell(row=2, column=6).value)
                print(book["条項別の完了状況"].cell(row=2, column=8).value)
                """;
        Process run = new ProcessBuilder(python.get(), "-c", script, workbook.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor()).as(output).isZero();

        assertThat(output.lines()).containsExactly("概要|条項別の完了状況|活動一覧", "A2 70", "1.1 完了 品質保証部 佐藤",
                "25%");
    }

    @Test
    void theSummaryNamesTheVersionTheCompletenessAndEachActivitysEvidence() throws Exception {
        MockHttpServletResponse download = viewer.get(page + "/summary");

        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).contains(".pdf");
        try (PDDocument pdf = Loader.loadPDF(download.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("JIS T 81001-5-1 適合性サマリー")
                    .contains("画像サーバ X").contains("品質マネジメント").contains("2/8 件（25%）")
                    .contains("試験報告書.txt").contains("品質保証部 佐藤").contains("対象外");
        }
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        if (!Files.isExecutable(pdftotext)) {
            System.out.println("skipped: /usr/bin/pdftotext is not installed (Debian package poppler-utils)");
            return;
        }
        Path file = Files.write(folder.resolve("summary.pdf"), download.getContentAsByteArray());
        String text = run(List.of(pdftotext.toString(), "-enc", "UTF-8", file.toString(), "-"));
        assertThat(text).contains("JIS T 81001-5-1 適合性サマリー", "画像サーバ X", "2/8 件（25%）", "試験報告書.txt",
                "SEC-001 手順書", "品質保証部 佐藤", products.today().toString());
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0).as(printed).isTrue();
        return printed;
    }

    private static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\t')));
        return text.toString();
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
        return cells;
    }
}
