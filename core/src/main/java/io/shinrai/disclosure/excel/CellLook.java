package io.shinrai.disclosure.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The pieces every workbook Shinrai writes is styled from: its fonts, thin borders and solid fills. */
public final class CellLook {

    private CellLook() {
    }

    public static Font font(Workbook workbook, boolean bold, int points, boolean grey) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        if (grey) {
            font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        }
        return font;
    }

    public static void bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    public static void filled(CellStyle style, IndexedColors colour) {
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
