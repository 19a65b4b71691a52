package io.shinrai.disclosure.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Row heights for wrapped text. LibreOffice does not grow the rows of an imported workbook to fit their text, and
 * a printed row that is too low cuts remarks off; so the lines are estimated from the text's width and set on the
 * row. A Japanese character is taken as 1.8 of a column's character widths: LibreOffice draws it a little
 * narrower, Excel's Japanese fonts about as wide, and a row a little too high is better than one cut off.
 */
public final class SheetRowHeights {

    private static final float POINTS_PER_LINE = 15.5f;
    private static final float PADDING_POINTS = 3f;

    private SheetRowHeights() {
    }

    /** Sets the height of each row of {@code sheet} with more than one line. */
    public static void fit(Sheet sheet) {
        fit(sheet, sheet);
    }

    /** Sets the height of each row of {@code measured} with more than one line, and of the same row of {@code also}. */
    static void fit(Sheet measured, Sheet also) {
        Map<Long, Integer> mergedWidths = mergedWidths(measured);
        for (Row row : measured) {
            int lines = 1;
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
                    int width = mergedWidths.getOrDefault(key(row.getRowNum(), cell.getColumnIndex()),
                            measured.getColumnWidth(cell.getColumnIndex()) / 256);
                    lines = Math.max(lines, lines(cell.getStringCellValue(),
                            width - 1 - 2 * cell.getCellStyle().getIndention()));
                }
            }
            if (lines > 1) {
                float points = lines * POINTS_PER_LINE + PADDING_POINTS;
                row.setHeightInPoints(points);
                also.getRow(row.getRowNum()).setHeightInPoints(points);
            }
        }
    }

    static int lines(String text, int width) {
        int tenths = Math.max(width, 1) * 10;
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int length = paragraph.codePoints().map(SheetRowHeights::tenths).sum();
            lines += Math.max(1, (length + tenths - 1) / tenths);
        }
        return lines;
    }

    /** The width of a character in tenths of a column's character width. */
    private static int tenths(int codePoint) {
        boolean halfWidthKatakana = codePoint >= 0xFF61 && codePoint <= 0xFF9F;
        return codePoint >= 0x1100 && !halfWidthKatakana ? 18 : 10;
    }

    private static Map<Long, Integer> mergedWidths(Sheet sheet) {
        Map<Long, Integer> widths = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int width = 0;
            for (int column = region.getFirstColumn(); column <= region.getLastColumn(); column++) {
                width += sheet.getColumnWidth(column) / 256;
            }
            widths.put(key(region.getFirstRow(), region.getFirstColumn()), width);
        }
        return widths;
    }

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }
}
