package io.shinrai.disclosure.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import io.shinrai.disclosure.excel.Mds2ImportProblem.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Mds2WorkbookReaderTest {

    static Catalogue mds2;

    @BeforeAll
    static void loadCatalogue() throws Exception {
        mds2 = CatalogueLibrary.load(null).find("mds2-2019", "2019").orElseThrow();
    }

    @Test
    void readsAnswersHoweverTheyAreSpelled() throws Exception {
        Mds2Import imported = read(workbook("MDS2",
                question("DOC-8", "yes"),
                question("DOC-9", " N/A "),
                question("DOC-10", "NA"),
                question("DOC-11", "n/a"),
                question("DOC-11.1", "Ｙｅｓ"),
                question("DOC-11.2", "ＮＯ"),
                question("DOC-11.3", "see notes", "Note 1"),
                question("DOC-11.4", "SEE  NOTES", "1"),
                question("MPII-1", "Not applicable"),
                question("MPII-2", "いいえ"),
                row("Note 1", "Hosted in the hospital's data centre.")));

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.disclosure().answers()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "DOC-8", ItemAnswer.of(Answer.YES),
                "DOC-9", ItemAnswer.of(Answer.NOT_APPLICABLE),
                "DOC-10", ItemAnswer.of(Answer.NOT_APPLICABLE),
                "DOC-11", ItemAnswer.of(Answer.NOT_APPLICABLE),
                "DOC-11.1", ItemAnswer.of(Answer.YES),
                "DOC-11.2", ItemAnswer.of(Answer.NO),
                "DOC-11.3", new ItemAnswer(Answer.SEE_NOTES, null, null, List.of(1)),
                "DOC-11.4", new ItemAnswer(Answer.SEE_NOTES, null, null, List.of(1)),
                "MPII-1", ItemAnswer.of(Answer.NOT_APPLICABLE),
                "MPII-2", ItemAnswer.of(Answer.NO)));
    }

    @Test
    void readsNoteReferencesInTheUsualSpellingsAndTheNoteRows() throws Exception {
        Mds2Import imported = read(workbook("MDS2",
                question("AUTH-1", "See Notes", "Note 1; Note 2"),
                question("AUTH-2", "See Notes", 2),
                question("AUTH-3", "No", "Notes 1, 3"),
                question("AUTH-4", "See Notes", "ｎｏｔｅ３"),
                row("Note 1", "First."),
                row("NOTE 2", "二行の\n注記"),
                row("Note #3", null, "Text in C, as some tools merge B:D.")));

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.disclosure().answerTo("AUTH-1").orElseThrow().notes()).containsExactly(1, 2);
        assertThat(imported.disclosure().answerTo("AUTH-2").orElseThrow().notes()).containsExactly(2);
        assertThat(imported.disclosure().answerTo("AUTH-3").orElseThrow().notes()).containsExactly(1, 3);
        assertThat(imported.disclosure().answerTo("AUTH-4").orElseThrow().notes()).containsExactly(3);
        assertThat(imported.disclosure().notes()).containsExactly(new SharedNote(1, "First."),
                new SharedNote(2, "二行の\n注記"), new SharedNote(3, "Text in C, as some tools merge B:D."));
    }

    @Test
    void reportsWhatCouldNotBeMappedWithItsRowAndImportsTheRest() throws Exception {
        Mds2Import imported = read(workbook("MDS2",
                row("Question ID", "Question", "Answer", "Note #"),
                question("XYZ-1", "Maybe"),
                question("AUTH-1", "Maybe"),
                question("AUTH-2", "See Notes", "Note 1, Note 9"),
                question("AUTH-3", "See Notes", "see below"),
                question("AUTH-2", "Yes"),
                question("DOC-7", "last spring"),
                row("Note 1", "Kept."),
                row("Note 1", "Second note 1.")));

        assertThat(imported.problems()).containsExactly(
                new Mds2ImportProblem(2, Kind.UNKNOWN_QUESTION_ID, null, "XYZ-1"),
                new Mds2ImportProblem(3, Kind.UNKNOWN_ANSWER, "AUTH-1", "Maybe"),
                new Mds2ImportProblem(4, Kind.MISSING_NOTE, "AUTH-2", "Note 9"),
                new Mds2ImportProblem(5, Kind.UNREADABLE_NOTE_REFERENCE, "AUTH-3", "see below"),
                new Mds2ImportProblem(6, Kind.REPEATED_QUESTION, "AUTH-2", null),
                new Mds2ImportProblem(7, Kind.UNREADABLE_RELEASE_DATE, "DOC-7", "last spring"),
                new Mds2ImportProblem(9, Kind.REPEATED_NOTE, null, "Note 1"));
        assertThat(imported.problems().get(2).message().en())
                .isEqualTo("Row 4: AUTH-2 refers to Note 9, which the sheet does not have; the reference was dropped.");
        assertThat(imported.problems().get(0).message().ja()).startsWith("2行目: XYZ-1 ");
        assertThat(imported.disclosure().answers()).containsOnlyKeys("AUTH-2", "AUTH-3", "DOC-7");
        assertThat(imported.disclosure().answerTo("AUTH-2").orElseThrow())
                .isEqualTo(new ItemAnswer(Answer.SEE_NOTES, null, null, List.of(1)));
        assertThat(imported.disclosure().notes()).containsExactly(new SharedNote(1, "Kept."));
    }

    @Test
    void documentItemsFillTheBasicInformation() throws Exception {
        Mds2Import imported = read(workbook("MDS2",
                question("DOC-1", "Acme Medical"),
                question("DOC-2", "Computed tomography scanner"),
                question("DOC-3", "SMX-200"),
                question("DOC-4", "MDS2-SMX-200-03"),
                question("DOC-7", LocalDate.of(2024, 5, 1))));

        assertThat(imported.disclosure().basics())
                .isEqualTo(new BasicInformation(LocalDate.of(2024, 5, 1), "Acme Medical", "SMX-200", null));
        assertThat(imported.disclosure().answerTo("DOC-7").orElseThrow().text()).isEqualTo("2024-05-01");
        assertThat(imported.disclosure().answerTo("DOC-4").orElseThrow().text()).isEqualTo("MDS2-SMX-200-03");
    }

    @Test
    void withoutAModelTheDeviceDescriptionNamesTheProductAndDatesMayBeWrittenInSeveralWays() throws Exception {
        for (String date : List.of("2024/5/1", "05/01/2024", "May 1, 2024", "2024年5月1日", "２０２４－０５－０１")) {
            Mds2Import imported = read(workbook("MDS2", question("DOC-2", "CT scanner"), question("DOC-7", date)));

            assertThat(imported.disclosure().basics())
                    .as(date).isEqualTo(new BasicInformation(LocalDate.of(2024, 5, 1), null, "CT scanner", null));
        }
    }

    @Test
    void findsTheMds2SheetAmongOthersWhateverItsCase() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Instructions").createRow(0).createCell(0).setCellValue("DOC-1");
            fill(workbook.createSheet("Form mds2 (2019)"), question("DOC-1", "Acme Medical"));
            workbook.write(out);
        }

        Mds2Import imported = read(out.toByteArray());

        assertThat(imported.sheetName()).isEqualTo("Form mds2 (2019)");
        assertThat(imported.disclosure().basics().vendor()).isEqualTo("Acme Medical");
    }

    @Test
    void aWorkbookWithoutAnMds2SheetIsRefusedNamingTheSheetsItHas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook.createSheet("製造業者による開示書"), question("DOC-1", "Acme Medical"));
            workbook.createSheet("Summary");
            workbook.write(out);
        }

        assertThatThrownBy(() -> read(out.toByteArray()))
                .isInstanceOfSatisfying(Mds2LayoutException.class, e -> {
                    assertThat(e.reason().en()).isEqualTo("The workbook has no MDS2 sheet (a sheet whose name "
                            + "contains \"MDS2\"). Its sheets: \"製造業者による開示書\", \"Summary\"");
                    assertThat(e.reason().ja()).endsWith("ブックのシート: 「製造業者による開示書」、「Summary」");
                });
    }

    @Test
    void anMds2SheetWithoutQuestionIdsIsRefused() throws Exception {
        byte[] noIds = workbook("MDS2",
                row("Manufacturer Disclosure Statement for Medical Device Security"),
                row("Question ID", "Question", "Answer", "Note #"),
                row("1", "Manufacturer name", "Acme Medical"));

        assertThatThrownBy(() -> read(noIds)).isInstanceOfSatisfying(Mds2LayoutException.class, e -> assertThat(
                e.reason().en()).isEqualTo("The sheet \"MDS2\" has no MDS2 question ID (such as DOC-1) in column A."));
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedBeforeAnythingIsRead() {
        byte[] csv = "Question ID,Question,Answer\nDOC-1,Manufacturer name,Acme\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(UnreadableWorkbookException.class,
                e -> assertThat(e.refusal()).isEqualTo(WorkbookRefusal.NOT_XLSX));
    }

    static Mds2Import read(byte[] workbook) throws Exception {
        return new Mds2WorkbookReader(mds2).read(new ByteArrayInputStream(workbook), "mds2-1");
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    /** A question row: the ID in A, the answer in C and the note references in D; the question in B is optional. */
    static Object[] question(String id, Object answer) {
        return row(id, null, answer);
    }

    static Object[] question(String id, Object answer, Object notes) {
        return row(id, null, answer, notes);
    }

    /** A one-sheet workbook with the given rows from row 1, cells from column A. */
    static byte[] workbook(String sheetName, Object[]... rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook.createSheet(sheetName), rows);
            workbook.write(out);
        }
        return out.toByteArray();
    }

    private static void fill(XSSFSheet sheet, Object[]... rows) {
        CellStyle date = sheet.getWorkbook().createCellStyle();
        date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy/mm/dd"));
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                Cell cell = row.createCell(c);
                if (value instanceof String text) {
                    cell.setCellValue(text);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                }
            }
        }
    }
}
