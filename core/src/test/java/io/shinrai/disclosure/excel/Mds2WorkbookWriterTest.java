package io.shinrai.disclosure.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Mds2WorkbookWriterTest {

    static Catalogue mds2;

    @BeforeAll
    static void loadCatalogue() throws Exception {
        mds2 = CatalogueLibrary.load(null).find("mds2-2019", "2019").orElseThrow();
    }

    @Test
    void writesNemasLayoutWithTitleRowsSectionHeadingsAndOneRowPerQuestion() throws Exception {
        XSSFSheet sheet = written(disclosure(Map.of(
                "DOC-1", ItemAnswer.text("Acme Medical"),
                "DOC-8", ItemAnswer.of(Answer.YES),
                "MPII-1", new ItemAnswer(Answer.SEE_NOTES, null, null, List.of(1, 2))),
                List.of(new SharedNote(1, "Stored encrypted."), new SharedNote(2, "Deleted after 30 days."))));

        assertThat(sheet.getSheetName()).isEqualTo("MDS2");
        assertThat(texts(sheet.getRow(1))).containsExactly("Question ID", "Question", "Answer", "Note #");
        assertThat(texts(rowOf(sheet, "DOC"))).startsWith("DOC", "Document and device information");
        assertThat(texts(rowOf(sheet, "DOC-1"))).containsExactly("DOC-1", "Manufacturer name", "Acme Medical", "");
        assertThat(texts(rowOf(sheet, "DOC-8"))).containsExactly("DOC-8",
                "Does the manufacturer run a coordinated vulnerability disclosure programme for this device?", "Yes",
                "");
        assertThat(texts(rowOf(sheet, "MPII-1")).subList(2, 4)).containsExactly("See Notes", "Note 1, Note 2");
        assertThat(texts(rowOf(sheet, "MPII-2")).subList(2, 4)).containsExactly("", "");
        assertThat(texts(rowOf(sheet, "Note 1"))).startsWith("Note 1", "Stored encrypted.");
        assertThat(texts(rowOf(sheet, "Note 2"))).startsWith("Note 2", "Deleted after 30 days.");
        assertThat(rowOf(sheet, "Note 1").getRowNum()).isGreaterThan(rowOf(sheet, "OTHR").getRowNum());
        assertThat(questionIdsInColumnA(sheet)).hasSize(mds2.allItems().size());
    }

    @Test
    void offersTheFourAnswersAsAListOnEveryAnswerCellButNotOnFreeText() throws Exception {
        XSSFSheet sheet = written(disclosure(Map.of(), List.of()));

        List<? extends DataValidation> validations = sheet.getDataValidations();
        assertThat(validations).hasSize(1);
        assertThat(validations.get(0).getValidationConstraint().getExplicitListValues())
                .containsExactly("Yes", "No", "N/A", "See Notes");
        assertThat(validations.get(0).getShowErrorBox()).isTrue();
        assertThat(validated(validations.get(0), rowOf(sheet, "DOC-8"))).isTrue();
        assertThat(validated(validations.get(0), rowOf(sheet, "RMOT-3"))).isTrue();
        assertThat(validated(validations.get(0), rowOf(sheet, "DOC-1"))).isFalse();
        assertThat(validated(validations.get(0), rowOf(sheet, "OTHR"))).isFalse();
    }

    @Test
    void printsColumnsAToDWithTheTitleRowsOnEveryPage() throws Exception {
        XSSFSheet sheet = written(disclosure(Map.of(), List.of(new SharedNote(1, "Last row."))));

        int lastRow = rowOf(sheet, "Note 1").getRowNum() + 1;
        assertThat(sheet.getWorkbook().getPrintArea(0)).isEqualTo("MDS2!$A$1:$D$" + lastRow);
        assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:2");
    }

    @Test
    void remarksBecomeNotesNumberedAfterTheDisclosuresOwnAndSharedByEqualTexts() throws Exception {
        XSSFSheet sheet = written(disclosure(Map.of(
                "AUTH-1", new ItemAnswer(Answer.SEE_NOTES, null, "Roles are set up by the vendor.", List.of(1)),
                "AUTH-2", ItemAnswer.of(Answer.NO, "Roles are set up by the vendor. "),
                "DOC-1", new ItemAnswer(null, "Acme Medical", "Since 2024 part of Globex.", List.of())),
                List.of(new SharedNote(1, "Accounts come from the hospital's directory."))));

        assertThat(texts(rowOf(sheet, "DOC-1")).get(3)).isEqualTo("Note 2");
        assertThat(texts(rowOf(sheet, "AUTH-1")).get(3)).isEqualTo("Note 1, Note 3");
        assertThat(texts(rowOf(sheet, "AUTH-2")).get(3)).isEqualTo("Note 3");
        assertThat(texts(rowOf(sheet, "Note 2")).get(1)).isEqualTo("Since 2024 part of Globex.");
        assertThat(texts(rowOf(sheet, "Note 3")).get(1)).isEqualTo("Roles are set up by the vendor.");
        assertThat(rowOf(sheet, "Note 4")).isNull();
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        List<String> risky = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+81 3 1234 5678",
                "-1 day", "@SUM(A1:A2)");
        XSSFSheet sheet = written(disclosure(Map.of(
                "DOC-2", ItemAnswer.text(risky.get(0)),
                "DOC-5", ItemAnswer.text(risky.get(1)),
                "OTHR", ItemAnswer.text(risky.get(2))),
                List.of(new SharedNote(1, risky.get(3)))));

        List<Cell> cells = List.of(rowOf(sheet, "DOC-2").getCell(2), rowOf(sheet, "DOC-5").getCell(2),
                rowOf(sheet, "OTHR").getCell(2), rowOf(sheet, "Note 1").getCell(1));
        for (int i = 0; i < cells.size(); i++) {
            assertThat(cells.get(i).getCellType()).isEqualTo(CellType.STRING);
            assertThat(cells.get(i).getStringCellValue()).isEqualTo(risky.get(i));
            assertThat(cells.get(i).getCellStyle().getQuotePrefixed()).isTrue();
        }
        assertThat(rowOf(sheet, "DOC-1").getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
    }

    @Test
    void fillsUnansweredDocumentItemsFromTheBasicInformation() throws Exception {
        Disclosure withBasics = new Disclosure("mds2-1", "mds2-2019", "2019",
                new BasicInformation(LocalDate.of(2024, 5, 1), "Acme Medical", "SMX-200", "3.1"), Set.of(),
                Map.of("DOC-3", ItemAnswer.text("SMX-200 CT")), List.of());

        XSSFSheet sheet = written(withBasics);

        assertThat(texts(rowOf(sheet, "DOC-1")).get(2)).isEqualTo("Acme Medical");
        assertThat(texts(rowOf(sheet, "DOC-3")).get(2)).isEqualTo("SMX-200 CT");
        assertThat(texts(rowOf(sheet, "DOC-7")).get(2)).isEqualTo("2024-05-01");
    }

    @Test
    void refusesADisclosureOfAnotherCatalogue() {
        Disclosure jahis = new Disclosure("mds-1", "jahis-mds", "5.0", BasicInformation.empty(), Set.of(), Map.of(),
                List.of());

        assertThatThrownBy(() -> new Mds2WorkbookWriter(mds2).write(jahis, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jahis-mds@5.0");
    }

    static Disclosure disclosure(Map<String, ItemAnswer> answers, List<SharedNote> notes) {
        return new Disclosure("mds2-1", "mds2-2019", "2019", BasicInformation.empty(), Set.of(), answers, notes);
    }

    private static XSSFSheet written(Disclosure disclosure) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Mds2WorkbookWriter(mds2).write(disclosure, out);
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        return workbook.getSheetAt(0);
    }

    /** The last row whose column A reads {@code label} (OTHR is both a section heading and its item). */
    private static Row rowOf(XSSFSheet sheet, String label) {
        Row found = null;
        for (Row row : sheet) {
            if (label.equals(texts(row).get(0))) {
                found = row;
            }
        }
        return found;
    }

    private static List<String> questionIdsInColumnA(XSSFSheet sheet) {
        List<String> ids = new ArrayList<>();
        for (Row row : sheet) {
            String id = texts(row).get(0);
            if (mds2.item(id).isPresent() && !texts(row).get(1).equals("Other security considerations")) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int column = 0; column < 4; column++) {
            Cell cell = row.getCell(column);
            texts.add(cell == null ? "" : cell.getStringCellValue());
        }
        return texts;
    }

    private static boolean validated(DataValidation validation, Row row) {
        CellAddress answerCell = new CellAddress(row.getRowNum(), 2);
        return Arrays.stream(validation.getRegions().getCellRangeAddresses())
                .anyMatch(range -> range.isInRange(answerCell));
    }
}
