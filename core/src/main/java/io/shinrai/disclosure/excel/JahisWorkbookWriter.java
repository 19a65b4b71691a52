package io.shinrai.disclosure.excel;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueOption;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.Section;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import io.shinrai.disclosure.excel.SheetStyles.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a disclosure in the layout people know from the JAHIS MDS/SDS forms: the sheet 入力 to fill in, with a
 * dropdown of the item's answers in every answer cell, and the sheet 印刷 that shows the same by formula, set up
 * for A4. {@link JahisWorkbookReader} reads it back to the same disclosure.
 */
public final class JahisWorkbookWriter {

    public void write(Catalogue catalogue, Disclosure disclosure, OutputStream out) throws IOException {
        if (!disclosure.answers(catalogue)) {
            throw new IllegalArgumentException("the disclosure answers " + disclosure.catalogueId() + "@"
                    + disclosure.catalogueVersion() + ", not " + catalogue.key());
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            SheetPair sheets = new SheetPair(workbook, styles);
            Rows rows = new Rows(catalogue, disclosure, sheets, styles);
            rows.title();
            rows.basics();
            rows.options();
            int columnHeaderRow = rows.columnHeader();
            catalogue.sections().forEach(rows::section);
            rows.notes();
            sheets.finish(columnHeaderRow, JahisPageHeader.of(catalogue, disclosure.basics()));
            new JahisIdentity(catalogue.id(), catalogue.version(), disclosure.documentId()).writeTo(workbook);
            // cached results, so that viewers that do not recalculate still show the answers on the print sheet
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
        }
    }

    /** The rows of both sheets, top to bottom. */
    private static final class Rows {

        private final Catalogue catalogue;
        private final Disclosure disclosure;
        private final SheetPair sheets;
        private final SheetStyles styles;
        private final Set<Item> asked;

        Rows(Catalogue catalogue, Disclosure disclosure, SheetPair sheets, SheetStyles styles) {
            this.catalogue = catalogue;
            this.disclosure = disclosure;
            this.sheets = sheets;
            this.styles = styles;
            this.asked = new HashSet<>(disclosure.askedItems(catalogue));
        }

        void title() {
            int row = sheets.newRow();
            sheets.fixed(row, JahisLayout.NUMBER, catalogue.title().ja(), styles.of(Kind.TITLE));
            sheets.skipRow();
        }

        void basics() {
            BasicInformation basics = disclosure.basics();
            int created = label(JahisLayout.CREATED_ON);
            sheets.entry(created, JahisLayout.ANSWER, basics.createdOn());
            sheets.merge(created, JahisLayout.ANSWER, JahisLayout.LAST_COLUMN, styles.of(Kind.DATE));
            basic(JahisLayout.vendorLabel(catalogue), basics.vendor());
            basic(JahisLayout.productLabel(catalogue), basics.product());
            basic(JahisLayout.VERSION, basics.productVersion());
            basic(JahisLayout.DOCUMENT_ID, disclosure.documentId());
            sheets.skipRow();
        }

        void options() {
            if (catalogue.options().isEmpty()) {
                return;
            }
            heading(JahisLayout.OPTIONS_HEADING);
            List<String> yesNo = AnswerScheme.YES_NO.answers().stream().map(JahisWorkbookWriter::answerLabel).toList();
            for (CatalogueOption option : catalogue.options()) {
                int row = label(option.label().ja());
                boolean inUse = disclosure.optionsInUse().contains(option.id());
                sheets.entry(row, JahisLayout.ANSWER, answerLabel(inUse ? Answer.YES : Answer.NO), Kind.ANSWER, false);
                sheets.offer(row, JahisLayout.ANSWER, yesNo);
                sheets.merge(row, JahisLayout.ANSWER, JahisLayout.LAST_COLUMN, styles.of(Kind.ANSWER));
            }
            sheets.skipRow();
        }

        int columnHeader() {
            int row = sheets.newRow();
            sheets.fixed(row, JahisLayout.NUMBER, JahisLayout.NUMBER_HEADER, styles.of(Kind.COLUMN_HEADER));
            sheets.fixed(row, JahisLayout.QUESTION, JahisLayout.QUESTION_HEADER, styles.of(Kind.COLUMN_HEADER));
            sheets.fixed(row, JahisLayout.ANSWER, JahisLayout.ANSWER_HEADER, styles.of(Kind.COLUMN_HEADER));
            sheets.fixed(row, JahisLayout.REMARKS, JahisLayout.REMARKS_HEADER, styles.of(Kind.COLUMN_HEADER));
            sheets.fixed(row, JahisLayout.NOTES, JahisLayout.NOTES_HEADER, styles.of(Kind.COLUMN_HEADER));
            return row;
        }

        void section(Section section) {
            heading(section.title().ja());
            section.items().forEach(item -> item(item, 0));
        }

        void notes() {
            if (disclosure.notes().isEmpty()) {
                return;
            }
            sheets.skipRow();
            heading(JahisLayout.SHARED_NOTES_HEADING);
            for (SharedNote note : disclosure.notes()) {
                int row = sheets.newRow();
                sheets.fixed(row, JahisLayout.NUMBER, String.valueOf(note.number()), styles.of(Kind.ANSWER));
                sheets.entry(row, JahisLayout.QUESTION, note.text(), Kind.TEXT, false);
                sheets.merge(row, JahisLayout.QUESTION, JahisLayout.LAST_COLUMN, styles.of(Kind.TEXT));
            }
        }

        private void item(Item item, int depth) {
            boolean greyed = !asked.contains(item);
            ItemAnswer answer = disclosure.answerTo(item.ref()).orElse(null);
            int row = sheets.newRow();
            sheets.fixed(row, JahisLayout.NUMBER, item.ref(), styles.of(Kind.ANSWER, greyed, false));
            sheets.fixed(row, JahisLayout.QUESTION, item.text().ja(), styles.question(depth, greyed));
            String shown = answer == null ? null : shown(answer);
            sheets.entry(row, JahisLayout.ANSWER, shown == null && greyed ? JahisLayout.NOT_ASKED : shown,
                    item.answers() == AnswerScheme.TEXT ? Kind.TEXT : Kind.ANSWER, greyed);
            sheets.entry(row, JahisLayout.REMARKS, answer == null ? null : answer.remarks(), Kind.TEXT, greyed);
            sheets.entry(row, JahisLayout.NOTES, answer == null ? null : noteNumbers(answer), Kind.ANSWER, greyed);
            if (item.answers() != AnswerScheme.TEXT) {
                sheets.offer(row, JahisLayout.ANSWER,
                        item.answers().answers().stream().map(JahisWorkbookWriter::answerLabel).toList());
            }
            item.children().forEach(child -> item(child, depth + 1));
        }

        private int label(String text) {
            int row = sheets.newRow();
            sheets.fixed(row, JahisLayout.NUMBER, text, styles.of(Kind.LABEL));
            sheets.merge(row, JahisLayout.NUMBER, JahisLayout.QUESTION, styles.of(Kind.LABEL));
            return row;
        }

        private void basic(String label, String value) {
            int row = label(label);
            sheets.entry(row, JahisLayout.ANSWER, value, Kind.TEXT, false);
            sheets.merge(row, JahisLayout.ANSWER, JahisLayout.LAST_COLUMN, styles.of(Kind.TEXT));
        }

        private void heading(String title) {
            int row = sheets.newRow();
            sheets.fixed(row, JahisLayout.NUMBER, title, styles.of(Kind.HEADING));
            sheets.merge(row, JahisLayout.NUMBER, JahisLayout.LAST_COLUMN, styles.of(Kind.HEADING));
        }

        private static String shown(ItemAnswer answer) {
            return answer.answer() != null ? answerLabel(answer.answer()) : answer.text();
        }

        private static String noteNumbers(ItemAnswer answer) {
            return answer.notes().isEmpty() ? null
                    : answer.notes().stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
    }

    static String answerLabel(Answer answer) {
        return answer.label().ja();
    }
}
