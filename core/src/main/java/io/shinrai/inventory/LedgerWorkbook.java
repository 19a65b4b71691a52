package io.shinrai.inventory;

import io.shinrai.disclosure.excel.CellLook;
import io.shinrai.disclosure.excel.TextCells;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The ledger as the workbook people keep it in: one sheet, a heading row with a filter, the heading frozen and
 * repeated on every printed page, and drop-down lists for the category and for remote maintenance. Every value is
 * written as text, so nothing a person typed ever becomes a formula.
 */
public final class LedgerWorkbook {

    public static final String SHEET_JA = "医療情報システム台帳";
    public static final String SHEET_EN = "System ledger";

    private LedgerWorkbook() {
    }

    public static void write(List<LedgerEntry> entries, Predicate<LedgerEntry> critical, Locale locale,
                             OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            addSheet(workbook, entries, critical, locale);
            workbook.write(out);
        }
    }

    /** Adds the ledger as a sheet of a workbook that holds more, such as the papers for an inspection. */
    public static void addSheet(XSSFWorkbook workbook, List<LedgerEntry> entries, Predicate<LedgerEntry> critical,
                                Locale locale) {
        XSSFSheet sheet = workbook.createSheet("en".equals(locale.getLanguage()) ? SHEET_EN : SHEET_JA);
        CellStyle heading = headingStyle(workbook);
        fill(sheet.createRow(0), LedgerLine.headings(locale), heading, heading);
        CellStyle plain = workbook.createCellStyle();
        CellStyle plainKeptAsText = keptAsText(workbook, plain);
        CellStyle criticalStyle = criticalStyle(workbook);
        CellStyle criticalKeptAsText = keptAsText(workbook, criticalStyle);
        for (int index = 0; index < entries.size(); index++) {
            LedgerEntry entry = entries.get(index);
            boolean isCritical = critical.test(entry);
            fill(sheet.createRow(index + 1), LedgerLine.cells(entry, isCritical, locale),
                    isCritical ? criticalStyle : plain, isCritical ? criticalKeptAsText : plainKeptAsText);
        }
        int columns = LedgerColumn.values().length;
        for (int column = 0; column < columns; column++) {
            sheet.setColumnWidth(column, 18 * 256);
        }
        sheet.setColumnWidth(LedgerColumn.NAME.ordinal(), 30 * 256);
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(entries.size(), 1), 0, columns - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns - 1));
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        offerChoices(sheet, LedgerColumn.CATEGORY, Arrays.stream(SystemCategory.values())
                .map(category -> category.label().in(locale)).toArray(String[]::new));
        boolean japanese = !"en".equals(locale.getLanguage());
        offerChoices(sheet, LedgerColumn.REMOTE_MAINTENANCE,
                new String[] {YesNo.write(true, japanese), YesNo.write(false, japanese)});
    }

    private static void fill(Row row, List<String> cells, CellStyle style, CellStyle keptAsText) {
        for (int column = 0; column < cells.size(); column++) {
            TextCells.write(row.createCell(column), cells.get(column), style, keptAsText);
        }
    }

    private static CellStyle keptAsText(XSSFWorkbook workbook, CellStyle style) {
        CellStyle quoted = workbook.createCellStyle();
        quoted.cloneStyleFrom(style);
        quoted.setQuotePrefixed(true);
        return quoted;
    }

    /** A drop-down on the column for rows people add below the data, as in the forms they know. */
    private static void offerChoices(XSSFSheet sheet, LedgerColumn column, String[] choices) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        var validation = helper.createValidation(helper.createExplicitListConstraint(choices),
                new CellRangeAddressList(1, LedgerSheet.MAX_ROWS, column.ordinal(), column.ordinal()));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private static CellStyle headingStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(CellLook.font(workbook, true, 11, false));
        CellLook.filled(style, IndexedColors.GREY_25_PERCENT);
        return style;
    }

    private static CellStyle criticalStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        CellLook.filled(style, IndexedColors.LIGHT_ORANGE);
        return style;
    }
}
