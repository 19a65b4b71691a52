package io.shinrai.disclosure.excel;

import io.shinrai.disclosure.excel.SheetStyles.Kind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The 入力 (input) and 印刷 (print) sheets, written row by row together. Both have the same rows; each entry of
 * the input sheet appears on the print sheet by formula, so what is changed in Excel is printed as changed.
 */
final class SheetPair {

    private final XSSFWorkbook workbook;
    private final XSSFSheet input;
    private final XSSFSheet print;
    private final SheetStyles styles;
    private final Map<List<String>, CellRangeAddressList> choices = new LinkedHashMap<>();
    private int rows;

    SheetPair(XSSFWorkbook workbook, SheetStyles styles) {
        this.workbook = workbook;
        this.styles = styles;
        input = workbook.createSheet(JahisLayout.INPUT_SHEET);
        print = workbook.createSheet(JahisLayout.PRINT_SHEET);
        for (int column = 0; column <= JahisLayout.LAST_COLUMN; column++) {
            input.setColumnWidth(column, JahisLayout.WIDTHS[column] * 256);
            print.setColumnWidth(column, JahisLayout.WIDTHS[column] * 256);
        }
    }

    int newRow() {
        input.createRow(rows);
        print.createRow(rows);
        return rows++;
    }

    void skipRow() {
        rows++;
    }

    /** Text that is the same on both sheets: labels, numbers and questions. */
    void fixed(int row, int column, String text, CellStyle style) {
        for (XSSFSheet sheet : List.of(input, print)) {
            Cell cell = sheet.getRow(row).createCell(column);
            cell.setCellValue(text);
            cell.setCellStyle(style);
        }
    }

    /** What the user writes or changes; null leaves the cell empty, which is never an answer. */
    void entry(int row, int column, String text, Kind kind, boolean greyed) {
        Cell cell = input.getRow(row).createCell(column);
        if (text == null) {
            cell.setCellStyle(styles.of(kind, greyed, false));
        } else {
            TextCells.write(cell, text, styles.of(kind, greyed, false), styles.of(kind, greyed, true));
        }
        mirror(row, column, styles.of(kind, greyed, false));
    }

    void entry(int row, int column, LocalDate date) {
        Cell cell = input.getRow(row).createCell(column);
        cell.setCellStyle(styles.of(Kind.DATE));
        if (date != null) {
            cell.setCellValue(date);
        }
        mirror(row, column, styles.of(Kind.DATE));
    }

    /**
     * Joins the cells of a row from {@code first} to {@code last} on both sheets; the cells covered get
     * {@code style} so that the borders run through, the first cell keeps its own.
     */
    void merge(int row, int first, int last, CellStyle style) {
        for (XSSFSheet sheet : List.of(input, print)) {
            Row cells = sheet.getRow(row);
            for (int column = first + 1; column <= last; column++) {
                cells.createCell(column).setCellStyle(style);
            }
            sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
        }
    }

    /** Offers {@code labels} as a dropdown list in the input sheet's cell. */
    void offer(int row, int column, List<String> labels) {
        choices.computeIfAbsent(List.copyOf(labels), key -> new CellRangeAddressList())
                .addCellRangeAddress(row, column, row, column);
    }

    /**
     * Adds the dropdown lists and sets both sheets up for printing: A4 portrait, one page wide, the column
     * header row repeated on every page and the disclosure's basic information in the page header.
     */
    void finish(int columnHeaderRow, JahisPageHeader header) {
        DataValidationHelper helper = input.getDataValidationHelper();
        choices.forEach((labels, cells) -> {
            DataValidation list = helper.createValidation(
                    helper.createExplicitListConstraint(labels.toArray(String[]::new)), cells);
            list.setEmptyCellAllowed(true);
            // in XSSF, true shows the arrow (the name follows the file format's inverted flag)
            list.setSuppressDropDownArrow(true);
            list.setShowErrorBox(true);
            list.createErrorBox(JahisLayout.ANSWER_HEADER, "一覧から選んでください: " + String.join(" / ", labels));
            input.addValidationData(list);
        });
        SheetRowHeights.fit(input, print);
        for (XSSFSheet sheet : List.of(input, print)) {
            workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, JahisLayout.LAST_COLUMN, 0, rows - 1);
            sheet.setRepeatingRows(new CellRangeAddress(columnHeaderRow, columnHeaderRow, -1, -1));
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            PrintSetup setup = sheet.getPrintSetup();
            setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
            setup.setLandscape(false);
            setup.setFitWidth((short) 1);
            setup.setFitHeight((short) 0);
            header.applyTo(sheet);
        }
    }

    private void mirror(int row, int column, CellStyle style) {
        String source = "'" + JahisLayout.INPUT_SHEET + "'!" + new CellReference(row, column).formatAsString();
        Cell cell = print.getRow(row).createCell(column);
        cell.setCellFormula("IF(" + source + "=\"\",\"\"," + source + ")");
        cell.setCellStyle(style);
    }
}
