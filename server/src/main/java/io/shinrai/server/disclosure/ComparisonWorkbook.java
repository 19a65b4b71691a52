package io.shinrai.server.disclosure;

import io.shinrai.disclosure.excel.CellLook;
import io.shinrai.disclosure.excel.SheetRowHeights;
import io.shinrai.disclosure.excel.TextCells;
import io.shinrai.server.web.DisplayTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A comparison as one sheet laid out like the page: a column per disclosure, a row per item under its section,
 * rows whose answers differ filled yellow, gaps red, items not asked grey. The header row and the item columns stay
 * in place while scrolling and the header row is printed on every page, A4 landscape, one page wide.
 */
@Component
class ComparisonWorkbook {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int REF = 0;
    private static final int QUESTION = 1;
    private static final int FIRST_DISCLOSURE = 2;

    private final MessageSource messages;
    private final DisplayTime displayTime;

    ComparisonWorkbook(MessageSource messages, DisplayTime displayTime) {
        this.messages = messages;
        this.displayTime = displayTime;
    }

    byte[] write(ComparisonSelection selection, Comparison comparison, Comparison.Filter filter, Locale locale)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new SheetWriting(workbook, selection.columns(), comparison, filter, locale).write();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** How a cell is filled: as the page marks rows whose answers differ, gaps and items not asked. */
    private enum Look { PLAIN, DIFFERS, GAP, NOT_ASKED }

    /** One export: the sheet filled top to bottom. */
    private final class SheetWriting {

        private final XSSFWorkbook workbook;
        private final XSSFSheet sheet;
        private final List<ComparisonColumn> columns;
        private final Comparison comparison;
        private final Comparison.Filter filter;
        private final Locale locale;
        private final int lastColumn;
        private final Map<Look, CellStyle> looks = new EnumMap<>(Look.class);
        private final Map<CellStyle, CellStyle> keptAsText = new HashMap<>();
        private final CellStyle title;
        private final CellStyle heading;
        private final CellStyle columnHeader;
        private int next;

        SheetWriting(XSSFWorkbook workbook, List<ComparisonColumn> columns, Comparison comparison,
                     Comparison.Filter filter, Locale locale) {
            this.workbook = workbook;
            this.locale = locale;
            this.sheet = workbook.createSheet(word("comparison.sheet"));
            this.columns = columns;
            this.comparison = comparison;
            this.filter = filter;
            this.lastColumn = FIRST_DISCLOSURE + columns.size() - 1;
            for (Look look : Look.values()) {
                looks.put(look, body(look));
            }
            title = workbook.createCellStyle();
            title.setFont(CellLook.font(workbook, true, 14, false));
            heading = bold(IndexedColors.PALE_BLUE);
            columnHeader = bold(IndexedColors.LIGHT_CORNFLOWER_BLUE);
        }

        void write() {
            Row top = sheet.createRow(next++);
            text(top, REF, word("comparison.sheetTitle", comparison.catalogue().title().in(locale),
                    comparison.catalogue().version()), title);
            legend();
            next++;
            int headerRow = header();
            summaries();
            for (Comparison.SectionRows part : comparison.sections(filter)) {
                section(part);
            }
            layout(headerRow);
        }

        private void legend() {
            Row row = sheet.createRow(next++);
            text(row, REF, word("comparison.legend"), looks.get(Look.PLAIN));
            text(row, QUESTION, word("comparison.legend.differs"), looks.get(Look.DIFFERS));
            text(row, FIRST_DISCLOSURE, word("comparison.legend.gap"), looks.get(Look.GAP));
            text(row, FIRST_DISCLOSURE + 1, word("comparison.legend.notAsked"), looks.get(Look.NOT_ASKED));
            if (filter != Comparison.Filter.ALL) {
                Row shown = sheet.createRow(next++);
                text(shown, QUESTION, word("comparison.shown." + filter.parameter()), looks.get(Look.PLAIN));
            }
        }

        private int header() {
            Row row = sheet.createRow(next++);
            text(row, REF, word("catalogue.ref"), columnHeader);
            text(row, QUESTION, word("catalogue.question"), columnHeader);
            for (int i = 0; i < columns.size(); i++) {
                ComparisonColumn column = columns.get(i);
                StoredDisclosure stored = column.stored();
                String product = String.join(" ", nonNull(stored.document().basics().product()),
                        nonNull(stored.document().basics().productVersion())).strip();
                String state = stored.isDraft() ? word("disclosure.status.DRAFT")
                        : word("comparison.publishedOn", displayTime.format(stored.publishedAt()));
                text(row, FIRST_DISCLOSURE + i, column.vendor() + "\n" + product + "\n"
                        + word("disclosure.revisionN", stored.revision()) + " " + state, columnHeader);
            }
            return row.getRowNum();
        }

        private void summaries() {
            List<Comparison.Summary> summaries = comparison.summaries();
            Row answered = labelled("comparison.answered");
            Row no = labelled("comparison.no");
            Row unanswered = labelled("comparison.unanswered");
            for (int i = 0; i < summaries.size(); i++) {
                Comparison.Summary summary = summaries.get(i);
                text(answered, FIRST_DISCLOSURE + i, summary.answered() + " / " + summary.asked(),
                        looks.get(Look.PLAIN));
                number(no, FIRST_DISCLOSURE + i, summary.no());
                number(unanswered, FIRST_DISCLOSURE + i, summary.unanswered());
            }
        }

        private Row labelled(String key) {
            Row row = sheet.createRow(next++);
            row.createCell(REF).setCellStyle(looks.get(Look.PLAIN));
            text(row, QUESTION, word(key), looks.get(Look.PLAIN));
            return row;
        }

        private void section(Comparison.SectionRows part) {
            Row row = sheet.createRow(next++);
            text(row, REF, part.section().title().in(locale), heading);
            for (int column = REF + 1; column <= lastColumn; column++) {
                row.createCell(column).setCellStyle(heading);
            }
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), REF, lastColumn));
            for (Comparison.Row item : part.rows()) {
                itemRow(item);
            }
        }

        private void itemRow(Comparison.Row item) {
            Row row = sheet.createRow(next++);
            Look rowLook = item.differs() ? Look.DIFFERS : Look.PLAIN;
            text(row, REF, item.item().ref(), looks.get(rowLook));
            text(row, QUESTION, item.item().text().in(locale), looks.get(rowLook));
            for (int i = 0; i < item.cells().size(); i++) {
                Comparison.Cell cell = item.cells().get(i);
                Look look = !cell.asked() ? Look.NOT_ASKED : cell.gap() ? Look.GAP : rowLook;
                text(row, FIRST_DISCLOSURE + i, shown(cell), looks.get(look));
            }
        }

        /** The answer as the page shows it, then the remarks. */
        private String shown(Comparison.Cell cell) {
            if (!cell.asked()) {
                return word("comparison.notAsked");
            }
            String answer = !cell.answered() ? word("disclosure.unanswered")
                    : cell.answer().answer() != null ? cell.answer().answer().label().in(locale)
                    : cell.answer().text();
            return cell.answer() != null && cell.answer().hasRemarks()
                    ? answer + "\n" + word("comparison.remarksLine", cell.answer().remarks())
                    : answer;
        }

        private void layout(int headerRow) {
            sheet.setColumnWidth(REF, 9 * 256);
            sheet.setColumnWidth(QUESTION, 40 * 256);
            for (int column = FIRST_DISCLOSURE; column <= lastColumn; column++) {
                sheet.setColumnWidth(column, 24 * 256);
            }
            SheetRowHeights.fit(sheet);
            sheet.createFreezePane(FIRST_DISCLOSURE, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            workbook.setPrintArea(0, REF, lastColumn, 0, next - 1);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            PrintSetup setup = sheet.getPrintSetup();
            setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
            setup.setLandscape(true);
            setup.setFitWidth((short) 1);
            setup.setFitHeight((short) 0);
        }

        /** What people wrote is kept as text: see {@link TextCells}. */
        private void text(Row row, int column, String text, CellStyle style) {
            TextCells.write(row.createCell(column), text, style, keptAsText.computeIfAbsent(style, base -> {
                CellStyle twin = workbook.createCellStyle();
                twin.cloneStyleFrom(base);
                twin.setQuotePrefixed(true);
                return twin;
            }));
        }

        private void number(Row row, int column, int value) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(looks.get(Look.PLAIN));
        }

        private String word(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        private CellStyle body(Look look) {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setAlignment(HorizontalAlignment.LEFT);
            CellLook.bordered(style);
            switch (look) {
                case DIFFERS -> CellLook.filled(style, IndexedColors.LIGHT_YELLOW);
                case GAP -> CellLook.filled(style, IndexedColors.ROSE);
                case NOT_ASKED -> {
                    CellLook.filled(style, IndexedColors.GREY_25_PERCENT);
                    style.setFont(CellLook.font(workbook, false, 11, true));
                }
                case PLAIN -> { }
            }
            return style;
        }

        private CellStyle bold(IndexedColors fill) {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setFont(CellLook.font(workbook, true, 11, false));
            CellLook.bordered(style);
            CellLook.filled(style, fill);
            return style;
        }


        private static String nonNull(String text) {
            return text == null ? "" : text;
        }
    }
}
