package io.shinrai.disclosure.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.Item;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.DisclosureCheck;
import io.shinrai.disclosure.Finding;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.excel.JahisUnmapped.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Importing a JAHIS-style workbook that Shinrai did not write: an official form or a vendor's own. The generator
 * below builds one the way such forms are made (merged title and heading cells, blank rows, an extra column,
 * full-width numbers and answers); its text is made up for the test.
 */
class JahisFormImportTest {

    private static final String SHEET = "チェックリスト";
    private final JahisWorkbookReader reader = new JahisWorkbookReader((id, version) -> Optional.empty());

    @Test
    void theFormsRowsBecomeACatalogueAndItsAnswersADisclosure() throws Exception {
        JahisImport imported = reader.read(new ByteArrayInputStream(officialLookingForm("〇")));
        Catalogue catalogue = imported.catalogue();
        Disclosure disclosure = imported.disclosure();

        assertThat(imported.catalogueFromWorkbook()).isTrue();
        assertThat(catalogue.title().ja()).isEqualTo("セキュリティ開示書（試験用の様式）");
        assertThat(catalogue.id()).matches("imported-[0-9a-f]{12}");
        assertThat(catalogue.sections()).extracting(section -> section.title().ja())
                .containsExactly("１．文書の整備", "２．ネットワーク");
        assertThat(catalogue.allItems()).extracting(Item::ref)
                .containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7");
        assertThat(catalogue.item("1.2")).map(item -> item.text().ja()).contains("取扱説明書を渡していますか。");
        assertThat(catalogue.allItems()).allMatch(item -> item.answers() == AnswerScheme.YES_NO_NA);

        assertThat(disclosure.answers(catalogue)).isTrue();
        assertThat(disclosure.basics()).isEqualTo(
                new BasicInformation(LocalDate.of(2025, 4, 1), "株式会社試験医療", "検査装置 ＸＹ－１", "3.1"));
        assertThat(disclosure.documentId()).isEqualTo("TEST-0001");
        assertThat(disclosure.answers()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "1.1", ItemAnswer.of(Answer.YES),
                "1.2", ItemAnswer.of(Answer.NO, "理由は別紙のとおり"),
                "1.3", ItemAnswer.of(Answer.NOT_APPLICABLE),
                "2.1", ItemAnswer.of(Answer.YES),
                "2.2", ItemAnswer.of(Answer.NOT_APPLICABLE),
                "2.4", new ItemAnswer(null, null, "検討中", null),
                "2.5", ItemAnswer.of(Answer.NOT_APPLICABLE),
                "2.6", ItemAnswer.of(Answer.NO),
                "2.7", ItemAnswer.of(Answer.YES)));
    }

    @Test
    void whatCannotBeTakenOverIsReportedWithSheetRowAndCell() throws Exception {
        JahisImport imported = reader.read(new ByteArrayInputStream(officialLookingForm("〇")));

        assertThat(imported.isComplete()).isFalse();
        assertThat(imported.unmapped())
                .extracting(JahisUnmapped::sheet, JahisUnmapped::row, JahisUnmapped::cell, JahisUnmapped::value,
                        JahisUnmapped::reason)
                .containsExactly(
                        tuple(SHEET, 17, "E17", "たぶん", Reason.ANSWER_NOT_RECOGNISED),
                        tuple(SHEET, 19, "E19", "はい", Reason.NO_NUMBER),
                        tuple(SHEET, 20, "A20", "2.1", Reason.NUMBER_REPEATED));
    }

    @Test
    void theImportedCatalogueChecksTheImportedDisclosure() throws Exception {
        JahisImport imported = reader.read(new ByteArrayInputStream(officialLookingForm("〇")));

        assertThat(new DisclosureCheck(imported.catalogue()).findings(imported.disclosure())).containsExactly(
                new Finding(Finding.Kind.UNANSWERED, "2.3"), new Finding(Finding.Kind.UNANSWERED, "2.4"));
    }

    @Test
    void theSameFormFilledDifferentlyGivesTheSameCatalogue() throws Exception {
        JahisImport first = reader.read(new ByteArrayInputStream(officialLookingForm("〇")));
        JahisImport second = reader.read(new ByteArrayInputStream(officialLookingForm("×")));

        assertThat(second.catalogue()).isEqualTo(first.catalogue());
        assertThat(second.disclosure().answerTo("1.1")).map(ItemAnswer::answer).contains(Answer.NO);
    }

    @Test
    void rowsFarBelowTheHeaderAreReportedNotRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            row(sheet, 0, "項番", "質問", "回答");
            row(sheet, 1, "1", "最初の質問ですか。", "はい");
            row(sheet, 9000, "2", "遠く離れた質問ですか。", "はい");
            workbook.write(out);
        }

        JahisImport imported = reader.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(imported.catalogue().allItems()).extracting(Item::ref).containsExactly("1");
        assertThat(imported.unmapped()).extracting(JahisUnmapped::row, JahisUnmapped::reason)
                .containsExactly(tuple(JahisFormReader.MAX_ROWS + 2, Reason.ROWS_NOT_READ));
    }

    @Test
    void aWorkbookWithoutAChecklistSheetIsNotImported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet("売上").createRow(0);
            row.createCell(0).setCellValue("番号");
            row.createCell(1).setCellValue("金額");
            workbook.write(out);
        }

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(JahisFormNotFoundException.class);
    }

    @Test
    void changesMadeInExcelToAnExportedWorkbookAreReadBack() throws Exception {
        Catalogue catalogue = JahisWorkbookRoundTripTest.catalogue("/excel/example-sds.yaml");
        byte[] exported = JahisWorkbookRoundTripTest.written(catalogue, JahisWorkbookRoundTripTest.everything());
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet input = workbook.getSheet("入力");
            answerCell(input, "生体認証").setCellValue("はい");
            answerCell(input, "2.2").setCellValue("ＹＥＳ");
            answerCell(input, "2.4").setCellValue("はいい");
            workbook.write(edited);
        }

        JahisImport imported = JahisWorkbookRoundTripTest.readBack(edited.toByteArray(), catalogue);

        assertThat(imported.disclosure().optionsInUse()).containsExactlyInAnyOrder("wireless-lan", "biometrics");
        assertThat(imported.disclosure().answerTo("2.2")).contains(ItemAnswer.of(Answer.YES));
        assertThat(imported.disclosure().answerTo("2.4")).isEmpty();
        assertThat(imported.unmapped()).extracting(JahisUnmapped::cell, JahisUnmapped::value, JahisUnmapped::reason)
                .containsExactly(tuple("C23", "はいい", Reason.ANSWER_NOT_RECOGNISED));
    }

    /**
     * A first sheet of instructions, then the checklist: a merged title, label and value pairs with full-width
     * digits, a header whose question cell spans two columns, an extra reference column, merged section headings,
     * blank rows, numbers and answers written every which way, and a hidden sheet with the dropdown's list.
     */
    static byte[] officialLookingForm(String firstAnswer) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("記入要領").createRow(1).createCell(0)
                    .setCellValue("回答欄には「はい」「いいえ」「対象外」のいずれかを記入してください。");
            Sheet sheet = workbook.createSheet(SHEET);
            Sheet lists = workbook.createSheet("リスト");
            lists.createRow(0).createCell(0).setCellValue("はい");
            workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.HIDDEN);

            row(sheet, 0, "セキュリティ開示書（試験用の様式）");
            merge(sheet, 0, 0, 5);
            row(sheet, 2, "作成日：", null, "２０２５年４月１日");
            row(sheet, 3, "製造業者名", null, "株式会社試験医療");
            row(sheet, 4, "製品名", null, "検査装置 ＸＹ－１");
            row(sheet, 5, "バージョン", null, 3.1);
            row(sheet, 6, "文書番号", null, "TEST-0001");
            row(sheet, 7, "No.", "確認項目", null, "参照", "回答（はい／いいえ／対象外）", "コメント");
            merge(sheet, 7, 1, 2);
            row(sheet, 8, "１．文書の整備");
            merge(sheet, 8, 0, 5);
            row(sheet, 9, "１．１", "操作手順書を渡していますか。", null, "第2章", firstAnswer);
            row(sheet, 11, "1.2", "取扱説明書を渡していますか。", null, null, "×", "理由は別紙のとおり");
            row(sheet, 12, "１．３．", "保守手順書を渡していますか。", null, null, "該当なし");
            row(sheet, 13, "２．ネットワーク");
            merge(sheet, 13, 0, 5);
            row(sheet, 14, 2.1, "通信を暗号化していますか。", null, "第13章", "Yes");
            row(sheet, 15, "2.2", "無線LANを使いますか。", null, null, "N/A");
            row(sheet, 16, "2.3", "接続元を制限していますか。", null, null, "たぶん");
            row(sheet, 17, "2.4", "外部との接続点を示していますか。", null, null, null, "検討中");
            row(sheet, 18, null, null, null, null, "はい");
            row(sheet, 19, "2.1", "通信を暗号化していますか（再掲）。", null, null, "はい");
            row(sheet, 20, "2.5", "遠隔保守を行いますか。", null, null, "－");
            row(sheet, 21, "2.6", "USBメモリを使えますか。", null, null, "ｎｏ");
            row(sheet, 22, "2.7", "ログを保存していますか。", null, null, "　Ｙｅｓ　");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < values.length; column++) {
            if (values[column] instanceof String) {
                row.createCell(column).setCellValue((String) values[column]);
            } else if (values[column] instanceof Double) {
                row.createCell(column).setCellValue((Double) values[column]);
            }
        }
    }

    private static void merge(Sheet sheet, int row, int first, int last) {
        sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
    }

    private static Cell answerCell(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && firstCell.equals(cell.getStringCellValue())) {
                return row.getCell(JahisLayout.ANSWER);
            }
        }
        throw new AssertionError("no row " + firstCell);
    }
}
