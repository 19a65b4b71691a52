package io.shinrai.disclosure.excel;

import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.Section;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a disclosure of the MDS2 2019 catalogue in NEMA's layout: one sheet "MDS2" with the question ID in column
 * A, the question (the catalogue's English text) in B, the answer in C — chosen from a list Yes / No / N/A /
 * See Notes, or the free text of a text item — and the note references ("Note 1, Note 3") in D. Each section
 * starts with a row holding its code and title; the shared notes follow the last section as rows "Note N" with the
 * text in B. The title rows repeat on every printed page. Answers to refs the catalogue does not have are not written.
 *
 * <p>Remarks: NEMA's form has no column for an item's 備考 (remarks), so each distinct remarks text becomes a shared
 * note, numbered after the disclosure's own notes (a remarks text equal to an existing note's text reuses that
 * note), and the item refers to it after its own references. The reader reads notes only, so remarks come back as
 * note references: an imported disclosure, which has no remarks, is written and read back unchanged.
 *
 * <p>Basic information that the DOC items do not already carry (製造業者, 製品名称, 作成日) fills DOC-1, DOC-3 and
 * DOC-7 where those are unanswered. All text is written as text: a value beginning with =, +, - or @ is never a
 * formula, and is marked so that editing it in Excel keeps it text.
 */
public final class Mds2WorkbookWriter {

    private final Catalogue catalogue;

    public Mds2WorkbookWriter(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void write(Disclosure disclosure, OutputStream out) throws IOException {
        if (!disclosure.answers(catalogue)) {
            throw new IllegalArgumentException("the disclosure answers " + disclosure.catalogueId() + "@"
                    + disclosure.catalogueVersion() + ", not " + catalogue.key());
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new SheetWriting(workbook, disclosure).write();
            workbook.write(out);
        }
    }

    /** One export: the sheet being filled row by row. */
    private final class SheetWriting {

        private final XSSFWorkbook workbook;
        private final XSSFSheet sheet;
        private final Disclosure disclosure;
        private final Mds2NotePlan notes;
        private final Map<String, String> fallbacks;
        private final CellRangeAddressList answerCells = new CellRangeAddressList();
        private final CellStyle heading;
        private final CellStyle body;
        private final CellStyle bodyKeptAsText;
        private int next;

        SheetWriting(XSSFWorkbook workbook, Disclosure disclosure) {
            this.workbook = workbook;
            this.sheet = workbook.createSheet(Mds2Layout.SHEET_NAME);
            this.disclosure = disclosure;
            this.notes = Mds2NotePlan.of(disclosure, catalogue.allItems());
            this.fallbacks = Mds2DocumentItems.fallbacks(disclosure.basics(), disclosure.answers());
            this.heading = headingStyle();
            this.body = bodyStyle(false);
            this.bodyKeptAsText = bodyStyle(true);
        }

        void write() {
            titleRows();
            for (Section section : catalogue.sections()) {
                sectionHeading(section.id().toUpperCase(Locale.ROOT), section.title().en());
                section.allItems().forEach(this::itemRow);
            }
            next++;
            sectionHeading("Notes", "The notes that column D refers to");
            for (SharedNote note : notes.notes()) {
                Row row = sheet.createRow(next++);
                put(row, Mds2Layout.ID, Mds2Layout.noteLabel(note.number()));
                put(row, Mds2Layout.QUESTION, note.text());
            }
            answerList();
            pageSetup();
        }

        private void titleRows() {
            Row title = sheet.createRow(next++);
            title.createCell(Mds2Layout.ID).setCellValue(Mds2Layout.TITLE);
            title.getCell(Mds2Layout.ID).setCellStyle(heading);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, Mds2Layout.ID, Mds2Layout.NOTE));
            Row headers = sheet.createRow(next++);
            for (int column = 0; column < Mds2Layout.HEADERS.size(); column++) {
                headers.createCell(column).setCellValue(Mds2Layout.HEADERS.get(column));
                headers.getCell(column).setCellStyle(heading);
            }
        }

        private void sectionHeading(String code, String title) {
            Row row = sheet.createRow(next++);
            row.createCell(Mds2Layout.ID).setCellValue(code);
            row.createCell(Mds2Layout.QUESTION).setCellValue(title);
            row.forEach(cell -> cell.setCellStyle(heading));
        }

        private void itemRow(Item item) {
            Row row = sheet.createRow(next++);
            put(row, Mds2Layout.ID, item.ref());
            put(row, Mds2Layout.QUESTION, item.text().en());
            ItemAnswer answer = disclosure.answers().get(item.ref());
            if (item.answers() == AnswerScheme.TEXT) {
                String text = answer != null && answer.text() != null && !answer.text().isBlank() ? answer.text()
                        : fallbacks.get(item.ref());
                put(row, Mds2Layout.ANSWER, text);
            } else {
                offerAnswers(row.getRowNum());
                put(row, Mds2Layout.ANSWER, answer == null || answer.answer() == null ? null
                        : Mds2Answers.written(answer.answer()));
            }
            List<Integer> references = notes.referencesOf(item.ref());
            put(row, Mds2Layout.NOTE, references.isEmpty() ? null : Mds2NoteReferences.written(references));
        }

        /** Adds the row's answer cell to the list's range, extending the last block of rows when it continues it. */
        private void offerAnswers(int rowIndex) {
            int blocks = answerCells.countRanges();
            CellRangeAddress last = blocks == 0 ? null : answerCells.getCellRangeAddress(blocks - 1);
            if (last != null && last.getLastRow() == rowIndex - 1) {
                last.setLastRow(rowIndex);
            } else {
                answerCells.addCellRangeAddress(rowIndex, Mds2Layout.ANSWER, rowIndex, Mds2Layout.ANSWER);
            }
        }

        private void put(Row row, int column, String text) {
            if (text == null || text.isEmpty()) {
                row.createCell(column).setCellStyle(body);
                return;
            }
            TextCells.write(row.createCell(column), text, body, bodyKeptAsText);
        }

        private void answerList() {
            if (answerCells.countRanges() == 0) {
                return;
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            String[] answers = catalogue.answers().answers().stream().map(Mds2Answers::written)
                    .toArray(String[]::new);
            DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(answers),
                    answerCells);
            validation.setShowErrorBox(true);
            validation.setEmptyCellAllowed(true);
            sheet.addValidationData(validation);
        }

        private void pageSetup() {
            sheet.setColumnWidth(Mds2Layout.ID, 12 * 256);
            sheet.setColumnWidth(Mds2Layout.QUESTION, 80 * 256);
            sheet.setColumnWidth(Mds2Layout.ANSWER, 30 * 256);
            sheet.setColumnWidth(Mds2Layout.NOTE, 16 * 256);
            sheet.createFreezePane(0, Mds2Layout.TITLE_ROWS);
            sheet.setRepeatingRows(new CellRangeAddress(0, Mds2Layout.TITLE_ROWS - 1, -1, -1));
            workbook.setPrintArea(workbook.getSheetIndex(sheet), Mds2Layout.ID, Mds2Layout.NOTE, 0, next - 1);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
        }

        private CellStyle headingStyle() {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle style = workbook.createCellStyle();
            style.setFont(bold);
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }

        private CellStyle bodyStyle(boolean keptAsText) {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderBottom(BorderStyle.HAIR);
            style.setQuotePrefixed(keptAsText);
            return style;
        }
    }
}
