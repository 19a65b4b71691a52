package io.shinrai.disclosure.excel;

import static io.shinrai.disclosure.excel.JahisWorkbookRoundTripTest.everything;
import static io.shinrai.disclosure.excel.JahisWorkbookRoundTripTest.written;
import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Catalogue;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a person sees in the exported workbook, in Excel or printed. */
class JahisWorkbookWriterTest {

    static Catalogue catalogue;
    XSSFWorkbook workbook;
    XSSFSheet input;
    XSSFSheet print;

    @BeforeAll
    static void readCatalogue() throws Exception {
        catalogue = JahisWorkbookRoundTripTest.catalogue("/excel/example-sds.yaml");
    }

    @BeforeEach
    void export() throws Exception {
        workbook = WorkbookInput.open(new ByteArrayInputStream(written(catalogue, everything())));
        input = workbook.getSheet("入力");
        print = workbook.getSheet("印刷");
    }

    @AfterEach
    void close() throws Exception {
        workbook.close();
    }

    @Test
    void textThatStartsLikeAFormulaIsWrittenAsText() {
        Map<Cell, String> userText = Map.of(
                cell(input, "1.1", JahisLayout.REMARKS), "=HYPERLINK(\"http://example.invalid\",\"詳細\")",
                cell(input, "2.1.1", JahisLayout.REMARKS), "+81-3-0000-0000 の窓口で受け付けます。WPA3 は次期版で対応予定。",
                cell(input, "2.1.1.1", JahisLayout.REMARKS), "-確認中（回答は次回更新で記入）",
                cell(input, "2.3", JahisLayout.REMARKS), "@保守端末のみが接続します。\n院内ネットワークには接続しません。",
                cell(input, "model", JahisLayout.ANSWER), "=1+1",
                cell(input, "2", JahisLayout.QUESTION), "-保守は年1回、事前に通知します。",
                labelled("サービス事業者"), "=信頼メディカル & サービス株式会社",
                labelled("バージョン"), "+2.0");

        userText.forEach((cell, text) -> {
            assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(text);
            // Excel's leading apostrophe: the text stays text even when someone edits the cell
            assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getAddress().toString()).isTrue();
        });
        assertThat(cell(input, "1.2", JahisLayout.ANSWER).getCellStyle().getQuotePrefixed()).isFalse();
    }

    @Test
    void thePrintSheetShowsTheInputByFormula() {
        Cell remarks = cell(print, "1.1", JahisLayout.REMARKS);
        Cell answer = cell(print, "2.1.1", JahisLayout.ANSWER);
        String address = remarks.getAddress().formatAsString();

        assertThat(remarks.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(remarks.getCellFormula())
                .isEqualTo("IF('入力'!" + address + "=\"\",\"\",'入力'!" + address + ")");
        assertThat(remarks.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.invalid\",\"詳細\")");
        assertThat(answer.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(answer.getStringCellValue()).isEqualTo("いいえ");
        assertThat(cell(print, "model", JahisLayout.ANSWER).getStringCellValue()).isEqualTo("=1+1");
        assertThat(cell(print, "1.1", JahisLayout.QUESTION).getStringCellValue()).isEqualTo("運用手順書を提供していますか。");
    }

    @Test
    void answerCellsOfferTheItemsAnswersAsADropdown() {
        assertThat(choicesAt(cell(input, "1.1", JahisLayout.ANSWER))).containsExactly("はい", "いいえ", "対象外");
        assertThat(choicesAt(cell(input, "1.2", JahisLayout.ANSWER))).containsExactly("はい", "いいえ");
        assertThat(choicesAt(labelled("無線LAN"))).containsExactly("はい", "いいえ");
        assertThat(choicesAt(cell(input, "model", JahisLayout.ANSWER))).isEmpty();
    }

    @Test
    void itemsNotAskedAreGreyAndDashedWhileUnansweredItemsStayEmpty() {
        Cell notAsked = cell(input, "2.2", JahisLayout.ANSWER);
        Cell unanswered = cell(input, "2.4", JahisLayout.ANSWER);

        assertThat(notAsked.getStringCellValue()).isEqualTo("—");
        assertThat(notAsked.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        assertThat(cell(input, "2.2", JahisLayout.QUESTION).getCellStyle().getFillPattern())
                .isEqualTo(FillPatternType.SOLID_FOREGROUND);
        assertThat(unanswered.getCellType()).isEqualTo(CellType.BLANK);
        assertThat(unanswered.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
        assertThat(cell(print, "2.2", JahisLayout.ANSWER).getStringCellValue()).isEqualTo("—");
        assertThat(cell(print, "2.4", JahisLayout.ANSWER).getStringCellValue()).isEmpty();
    }

    @Test
    void thePrintSheetIsSetUpForA4WithTheBasicInformationOnEveryPage() {
        int printIndex = workbook.getSheetIndex(print);
        int columnHeaderRow = rowOf(print, "項番").getRowNum();
        PrintSetup setup = print.getPrintSetup();

        assertThat(workbook.getPrintArea(printIndex)).isEqualTo("印刷!$A$1:$E$" + (print.getLastRowNum() + 1));
        assertThat(setup.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(setup.getLandscape()).isFalse();
        assertThat(print.getFitToPage()).isTrue();
        assertThat(setup.getFitWidth()).isEqualTo((short) 1);
        assertThat(setup.getFitHeight()).isEqualTo((short) 0);
        assertThat(print.getRepeatingRows()).isEqualTo(new CellRangeAddress(columnHeaderRow, columnHeaderRow, -1, -1));
        assertThat(print.getHeader().getLeft()).isEqualTo("サービス事業者: =信頼メディカル && サービス株式会社");
        assertThat(print.getHeader().getCenter()).isEqualTo("サービス名称: 画像保管サービス  バージョン: +2.0");
        assertThat(print.getHeader().getRight()).isEqualTo("作成日: 2025/04/01");
        assertThat(cell(print, "2.3", JahisLayout.REMARKS).getCellStyle().getBorderBottom())
                .isEqualTo(BorderStyle.THIN);
    }

    @Test
    void rowsOfWrappedRemarksAreHighEnoughForEveryLine() {
        Row twoLines = rowOf(print, "2.3");
        Row oneLine = rowOf(print, "1.2");

        assertThat(twoLines.getHeightInPoints()).isGreaterThanOrEqualTo(2 * 15f);
        assertThat(oneLine.getHeightInPoints()).isLessThan(20f);
    }

    @Test
    void theWorkbookRecordsWhatItAnswersOnAHiddenSheet() {
        Sheet identity = workbook.getSheet("_shinrai");

        assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(identity))).isEqualTo(SheetVisibility.HIDDEN);
        assertThat(JahisIdentity.readFrom(workbook))
                .contains(new JahisIdentity("example-sds", "2.1", "SDS-2025-001"));
    }

    @Test
    void aManufacturersDisclosureIsHeadedWithManufacturerAndProduct() throws Exception {
        Catalogue mds = JahisWorkbookRoundTripTest.catalogue("/catalogues/example-mds.yaml");
        Disclosure disclosure = new Disclosure("m", "example-mds", "1.0",
                new BasicInformation(null, "株式会社例", "装置", "1"), Set.of(), Map.of(), List.of());

        try (XSSFWorkbook exported = new XSSFWorkbook(new ByteArrayInputStream(written(mds, disclosure)))) {
            XSSFSheet sheet = exported.getSheet("印刷");
            assertThat(rowOf(sheet, "製造業者")).isNotNull();
            assertThat(rowOf(sheet, "製品名称")).isNotNull();
            assertThat(rowOf(sheet, "サービス事業者")).isNull();
            assertThat(sheet.getHeader().getLeft()).isEqualTo("製造業者: 株式会社例");
            assertThat(sheet.getHeader().getRight()).isEqualTo("作成日: ");
        }
    }

    @Test
    void pageHeaderTextIsLiteralAndShortEnoughForExcel() {
        assertThat(JahisPageHeader.literal("A&B &P\nC")).isEqualTo("A&&B &&P C");
        assertThat(JahisPageHeader.literal("&".repeat(100) + "医療")).hasSize(JahisPageHeader.PART_LENGTH)
                .doesNotContain("医療");
    }

    private List<String> choicesAt(Cell cell) {
        return input.getDataValidations().stream()
                .filter(validation -> covers(validation, cell))
                .flatMap(validation -> List.of(validation.getValidationConstraint().getExplicitListValues()).stream())
                .toList();
    }

    private static boolean covers(DataValidation validation, Cell cell) {
        for (CellRangeAddress region : validation.getRegions().getCellRangeAddresses()) {
            if (region.isInRange(cell)) {
                return true;
            }
        }
        return false;
    }

    /** The cell in {@code column} of the row whose column A holds {@code ref}. */
    private static Cell cell(Sheet sheet, String ref, int column) {
        return rowOf(sheet, ref).getCell(column);
    }

    /** The answer cell beside a label of the basic information or the options. */
    private Cell labelled(String label) {
        return rowOf(input, label).getCell(JahisLayout.ANSWER);
    }

    private static Row rowOf(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(firstCell)) {
                return row;
            }
        }
        return null;
    }
}
