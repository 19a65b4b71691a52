package io.shinrai.server.web;

import io.shinrai.disclosure.excel.CellLook;
import io.shinrai.disclosure.excel.TextCells;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A sheet that is one table: a heading row that filters and repeats on every printed page, then the rows, each
 * cell text that stays text; printed A4 landscape, one page wide.
 */
public final class TableSheet {

    private final XSSFSheet sheet;
    private final CellStyle heading;
    private final CellStyle body;
    private final CellStyle bodyKeptAsText;
    private final int columns;

    public TableSheet(XSSFWorkbook workbook, String name, List<String> headings, List<Integer> widths) {
        sheet = workbook.createSheet(name);
        columns = headings.size();
        heading = workbook.createCellStyle();
        heading.setFont(CellLook.font(workbook, true, 11, false));
        CellLook.filled(heading, IndexedColors.GREY_25_PERCENT);
        CellLook.bordered(heading);
        body = workbook.createCellStyle();
        body.setWrapText(true);
        body.setVerticalAlignment(VerticalAlignment.TOP);
        CellLook.bordered(body);
        bodyKeptAsText = workbook.createCellStyle();
        bodyKeptAsText.cloneStyleFrom(body);
        bodyKeptAsText.setQuotePrefixed(true);
        write(sheet.createRow(0), headings, heading, heading);
        for (int column = 0; column < columns; column++) {
            sheet.setColumnWidth(column, widths.get(column) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns - 1));
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    public void add(List<String> cells) {
        write(sheet.createRow(sheet.getLastRowNum() + 1), cells, body, bodyKeptAsText);
    }

    public void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(sheet.getLastRowNum(), 1), 0, columns - 1));
    }

    private static void write(Row row, List<String> cells, CellStyle style, CellStyle keptAsText) {
        for (int column = 0; column < cells.size(); column++) {
            String text = cells.get(column);
            TextCells.write(row.createCell(column), text == null ? "" : text, style, keptAsText);
        }
    }
}
