package io.shinrai.risk.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.LocalizedText;
import io.shinrai.disclosure.excel.UnreadableWorkbookException;
import io.shinrai.risk.AcceptanceTier;
import io.shinrai.risk.AnnexA;
import io.shinrai.risk.Assessment;
import io.shinrai.risk.AssessmentReader;
import io.shinrai.risk.AssessmentReaderTest;
import io.shinrai.risk.AssessmentState;
import io.shinrai.risk.AssessmentVocabulary;
import io.shinrai.risk.HeatMap;
import io.shinrai.risk.InvalidRiskDataException;
import io.shinrai.risk.RiskCatalogue;
import io.shinrai.risk.RiskMethodLibrary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RiskWorkbookTest {

    static AssessmentVocabulary vocabulary;
    static Assessment sample;

    @BeforeAll
    static void load() throws Exception {
        vocabulary = new AssessmentVocabulary(AnnexA.controls(), CatalogueLibrary.load(null));
        sample = shipped("sample-ct-tls.yaml");
    }

    static Assessment shipped(String name) throws Exception {
        try (InputStream in = RiskWorkbookTest.class.getResourceAsStream("/risk/assessments/" + name)) {
            return new AssessmentReader(RiskMethodLibrary.builtIn(), vocabulary).read(in);
        }
    }

    static byte[] written(Assessment assessment) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RiskWorkbookWriter(vocabulary).write(assessment, out);
        return out.toByteArray();
    }

    static byte[] edited(byte[] workbook, Consumer<Sheet> edit) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            edit.accept(book.getSheet("リスク一覧"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    static Assessment read(byte[] workbook, Assessment draft) throws Exception {
        return new RiskWorkbookReader(vocabulary).read(new ByteArrayInputStream(workbook), draft);
    }

    @Test
    void theWorkbookReadsBackToTheSameAssessment() throws Exception {
        assertThat(read(written(sample), sample)).isEqualTo(sample);
    }

    @Test
    void everySheetIsThereWithHeadingsDropdownsAndFrozenPanes() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(written(sample)))) {
            assertThat(book.sheetIterator()).toIterable().extracting(Sheet::getSheetName).containsExactly(
                    "方法と凡例", "リスク一覧", "ヒートマップ（対策前）", "ヒートマップ（対策後）", "適用宣言書");
            XSSFSheet risks = book.getSheet("リスク一覧");
            assertThat(risks.getRow(1).getCell(0).getStringCellValue()).isEqualTo("番号");
            assertThat(risks.getRow(2).getCell(1).getStringCellValue()).isEqualTo("保守用端末（事業者側）");
            assertThat(risks.getRow(2).getCell(9).getNumericCellValue()).isEqualTo(9);
            assertThat(risks.getRow(2).getCell(15).getStringCellValue()).isEqualTo("管理下で受容");
            assertThat(risks.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            assertThat(risks.getDataValidations()).extracting(DataValidation::getValidationConstraint)
                    .extracting(constraint -> constraint.getFormula1())
                    .contains("'方法と凡例'!$B$54:$B$63", "\"1,2,3\"", "\"医療機関,事業者,共同\"", "\"受容,低減,移転,回避\"");
            XSSFSheet legend = book.getSheet("方法と凡例");
            assertThat(legend.getRow(53).getCell(1).getStringCellValue()).isEqualTo("保守用端末（事業者側）");
            XSSFSheet soa = book.getSheet("適用宣言書");
            assertThat(soa.getLastRowNum()).isEqualTo(2 + 92);
            Row annexA823 = soa.getRow(2 + 37 + 8 + 14 + 22);
            assertThat(annexA823.getCell(0).getStringCellValue()).isEqualTo("8.23");
            assertThat(annexA823.getCell(2).getStringCellValue()).isEqualTo("適用除外");
        }
    }

    @Test
    void heatMapsCountTheRowsOnTheTiersColours() throws Exception {
        HeatMap inherent = HeatMap.inherent(sample);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(written(sample)))) {
            XSSFSheet map = book.getSheet("ヒートマップ（対策前）");
            int total = 0;
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    double count = map.getRow(3 + r).getCell(1 + c).getNumericCellValue();
                    assertThat(count).isEqualTo(inherent.count(r, c));
                    total += (int) count;
                }
            }
            assertThat(total).isEqualTo(sample.rows().size());
            // top right: importance 3 × likelihood 3 = 9, not acceptable; bottom left: 1, accepted
            assertThat(((XSSFCellStyle) map.getRow(3).getCell(3).getCellStyle()).getFillForegroundColor())
                    .isEqualTo(RiskSheetStyles.colour(AcceptanceTier.NOT_ACCEPTABLE).getIndex());
            assertThat(((XSSFCellStyle) map.getRow(5).getCell(1).getCellStyle()).getFillForegroundColor())
                    .isEqualTo(RiskSheetStyles.colour(AcceptanceTier.ACCEPT).getIndex());
        }
    }

    @Test
    void aMultiplicativeAssessmentRoundTripsWithProductsAsHeatMapColumns() throws Exception {
        Assessment multiplicative = sample.withMethod(RiskMethodLibrary.builtIn().find("multiplicative-3").orElseThrow())
                .withRows(sample.rows().stream().map(row -> new io.shinrai.risk.RiskRow(row.id(), row.asset(),
                        row.value(), row.threat(), row.vulnerability(), row.inherent(), row.controls(), row.residual(),
                        row.responsibility(), row.treatment(), "=HYPERLINK(\"http://example.invalid\")", row.due()))
                        .toList());
        byte[] workbook = written(multiplicative);

        assertThat(read(workbook, multiplicative)).isEqualTo(multiplicative);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Row header = book.getSheet("ヒートマップ（対策後）").getRow(2);
            assertThat(java.util.stream.IntStream.rangeClosed(1, 6)
                    .mapToObj(c -> (int) header.getCell(c).getNumericCellValue())).containsExactly(1, 2, 3, 4, 6, 9);
            XSSFCellStyle owner = book.getSheet("リスク一覧").getRow(2).getCell(18).getCellStyle();
            assertThat(owner.getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void anEditedLevelChangesTheRiskOnReading() throws Exception {
        byte[] workbook = edited(written(sample), sheet -> {
            sheet.getRow(2).getCell(13).setCellValue(3); // R01's residual vulnerability
            sheet.getRow(2).getCell(14).setCellValue(1); // a risk value typed over is ignored
        });

        Assessment read = read(workbook, sample);

        assertThat(read.rows().get(0).residual().vulnerability()).isEqualTo(3);
        assertThat(read.risks().get(0).residual()).isEqualTo(9);
    }

    @Test
    void badRowsAreRefusedRowByRowAndNothingIsTaken() throws Exception {
        byte[] workbook = edited(written(sample), sheet -> {
            sheet.getRow(2).getCell(2).setCellValue(4);
            sheet.getRow(3).getCell(11).setCellValue("7.15, 8.35");
            sheet.getRow(4).getCell(1).setCellValue("コーヒーメーカー");
            sheet.getRow(5).getCell(17).setCellValue("放置");
            sheet.getRow(6).getCell(19).setCellValue("いつか");
        });

        assertThatThrownBy(() -> read(workbook, sample)).isInstanceOfSatisfying(InvalidRiskDataException.class,
                refused -> {
                    assertThat(refused.problems()).extracting(LocalizedText::ja).containsExactly(
                            "3行目: 資産価値（機密性）「4」は 1〜3 の範囲外です。",
                            "4行目（行 R02: 管理策「7.15」は ISO/IEC 27001:2022 附属書 A にありません（5.1〜5.37、6.1〜6.8、"
                                    + "7.1〜7.14、8.1〜8.34）。）",
                            "4行目（行 R02: 管理策「8.35」は ISO/IEC 27001:2022 附属書 A にありません（5.1〜5.37、6.1〜6.8、"
                                    + "7.1〜7.14、8.1〜8.34）。）",
                            "5行目 資産: 「コーヒーメーカー」は一覧にありません（シート「方法と凡例」の一覧から選んでください）。",
                            "6行目 リスク対応: 「放置」は使えません（受容、低減、移転、回避）。",
                            "7行目 期限: 「いつか」は日付として読めません（例: 2027/03/31）。");
                    assertThat(refused.problems().get(0).en())
                            .isEqualTo("row 3: asset value (confidentiality) 4 is outside the scale 1 to 3");
                });
        assertThat(sample.rows().get(0).value().confidentiality()).isEqualTo(3);
    }

    @Test
    void anAcceptedAssessmentTakesNoWorkbook() throws Exception {
        Assessment accepted = sample.moveTo(AssessmentState.SUBMITTED).moveTo(AssessmentState.ACCEPTED);
        byte[] workbook = written(accepted);

        assertThatThrownBy(() -> read(workbook, accepted))
                .hasMessageContaining("version 1 is accepted and cannot be changed; create a new version");
        assertThat(read(workbook, accepted.nextVersion()).version()).isEqualTo(2);
    }

    @Test
    void aWorkbookOfAnotherAssessmentOrNoWorkbookIsRefused() throws Exception {
        Assessment other = shipped("sample-ct-ip-vpn.yaml");

        assertThatThrownBy(() -> read(written(other), sample))
                .hasMessageContaining("this workbook belongs to assessment \"sample-ct-ip-vpn\", not \"sample-ct-tls\"");
        assertThatThrownBy(() -> read("not a workbook".getBytes(), sample))
                .isInstanceOf(UnreadableWorkbookException.class);
        byte[] renamed = edited(written(sample), sheet -> sheet.getRow(1).getCell(5).setCellValue("脅威の種類"));
        assertThatThrownBy(() -> read(renamed, sample))
                .hasMessageContaining("row 2: column 6 should be headed \"脅威\", not \"脅威の種類\"");
    }

    @Test
    void theLegendAndTheListUseTheAssessmentsOwnCatalogue() throws Exception {
        RiskCatalogue renamed = AssessmentReaderTest.renamedPc(sample.catalogue());
        Assessment own = new Assessment(sample.id(), 1, sample.title(), sample.service(), null, sample.method(),
                renamed, AssessmentState.DRAFT, sample.rows(), sample.notApplicable());
        byte[] workbook = written(own);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(book.getSheet("リスク一覧").getRow(2).getCell(1).getStringCellValue()).isEqualTo("院外の保守端末");
            assertThat(book.getSheet("方法と凡例").getRow(53).getCell(1).getStringCellValue()).isEqualTo("院外の保守端末");
        }
        assertThat(read(workbook, own)).isEqualTo(own);
        byte[] oldName = edited(workbook, sheet -> sheet.getRow(2).getCell(1).setCellValue("保守用端末（事業者側）"));
        assertThatThrownBy(() -> read(oldName, own)).hasMessageContaining(
                "row 3, 資産: \"保守用端末（事業者側）\" is not in the list");
    }
}
