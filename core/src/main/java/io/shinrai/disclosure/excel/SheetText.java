package io.shinrai.disclosure.excel;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Cell contents as the person who filled the form sees them. Formulas are never evaluated: their last computed
 * value is read, so a workbook cannot make the reader fetch or compute anything.
 */
public final class SheetText {

    private static final Pattern DATE =
            Pattern.compile("(\\d{4})\\s*[/.年-]\\s*(\\d{1,2})\\s*[/.月-]\\s*(\\d{1,2})\\s*日?");

    private SheetText() {
    }

    /** The text exactly as stored, "" for a blank or missing cell; numbers without trailing zeros, dates as ISO. */
    public static String raw(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                return DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default:
                return "";
        }
    }

    /**
     * For comparing what people type: full-width letters, digits and spaces become ASCII (NFKC), case and all
     * white space are dropped.
     */
    public static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** A date cell, or text such as 2025/04/01, 2025-04-01 or 2025年4月1日 (full-width digits too). */
    public static Optional<LocalDate> date(Cell cell) {
        if (cell == null) {
            return Optional.empty();
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return Optional.of(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        return date(raw(cell));
    }

    /** Text such as 2025/04/01, 2025-04-01 or 2025年4月1日 (full-width digits too). */
    public static Optional<LocalDate> date(String text) {
        Matcher date = DATE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
        if (!date.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
