package io.shinrai.disclosure.excel;

import java.math.BigDecimal;
import java.text.Normalizer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/** Cell contents as the person who filled the form sees them. */
final class Mds2Cells {

    private Mds2Cells() {
    }

    /** The cell's text without surrounding white space, "" for a blank or missing cell. */
    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            // a date cell (a release date typed into Excel) reads as its ISO date, not as a serial number
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    /** For matching what people type: full-width letters and digits become ASCII (NFKC). */
    static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }
}
