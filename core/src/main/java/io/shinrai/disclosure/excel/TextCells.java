package io.shinrai.disclosure.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Text that people wrote, put into a workbook so that it stays text. {@code setCellValue(String)} always makes a
 * string cell, which is never evaluated; text that a spreadsheet program would take for the start of a formula also
 * gets a quote-prefixed style, what Excel sets when one types a leading apostrophe, so that it stays text when
 * someone edits the cell. Every workbook Shinrai writes puts what people wrote through here.
 */
public final class TextCells {

    private TextCells() {
    }

    /** What spreadsheet programs would take for the start of a formula (OWASP's list for CSV injection). */
    public static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** Writes {@code text} as a string cell styled {@code style}, or {@code keptAsText} when it starts like a formula. */
    public static void write(Cell cell, String text, CellStyle style, CellStyle keptAsText) {
        cell.setCellValue(text);
        cell.setCellStyle(startsLikeFormula(text) ? keptAsText : style);
    }
}
