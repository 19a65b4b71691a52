package io.shinrai.disclosure.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of a disclosure workbook, each made once: a workbook holds at most 64,000 styles. */
final class SheetStyles {

    enum Kind { TITLE, LABEL, HEADING, COLUMN_HEADER, TEXT, ANSWER, DATE }

    private final XSSFWorkbook workbook;
    private final Map<String, CellStyle> made = new HashMap<>();

    SheetStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    CellStyle of(Kind kind) {
        return of(kind, false, false);
    }

    /**
     * @param greyed for an item that is not asked
     * @param quoted for text that Excel must keep as text even when someone edits the cell, such as text that
     *               starts with '=': the style's quote prefix is what Excel sets when one types a leading apostrophe
     */
    CellStyle of(Kind kind, boolean greyed, boolean quoted) {
        return of(kind, greyed, quoted, 0);
    }

    /** A question, indented one step for each parent item above it. */
    CellStyle question(int depth, boolean greyed) {
        return of(Kind.TEXT, greyed, false, Math.min(depth, 15));
    }

    private CellStyle of(Kind kind, boolean greyed, boolean quoted, int indent) {
        return made.computeIfAbsent(kind + "/" + greyed + "/" + quoted + "/" + indent,
                key -> make(kind, greyed, quoted, indent));
    }

    private CellStyle make(Kind kind, boolean greyed, boolean quoted, int indent) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setQuotePrefixed(quoted);
        style.setIndention((short) indent);
        if (kind == Kind.TITLE) {
            style.setFont(CellLook.font(workbook, true, 14, false));
            return style;
        }
        CellLook.bordered(style);
        style.setWrapText(true);
        switch (kind) {
            case LABEL:
                CellLook.filled(style, IndexedColors.LIGHT_TURQUOISE);
                style.setFont(CellLook.font(workbook, true, 11, false));
                break;
            case HEADING:
                CellLook.filled(style, IndexedColors.PALE_BLUE);
                style.setFont(CellLook.font(workbook, true, 11, false));
                break;
            case COLUMN_HEADER:
                CellLook.filled(style, IndexedColors.LIGHT_CORNFLOWER_BLUE);
                style.setFont(CellLook.font(workbook, true, 11, false));
                style.setAlignment(HorizontalAlignment.CENTER);
                break;
            case ANSWER:
                style.setAlignment(HorizontalAlignment.CENTER);
                break;
            case DATE:
                style.setAlignment(HorizontalAlignment.LEFT);
                style.setDataFormat(workbook.createDataFormat().getFormat("yyyy/mm/dd"));
                break;
            default:
                break;
        }
        if (greyed) {
            CellLook.filled(style, IndexedColors.GREY_25_PERCENT);
            style.setFont(CellLook.font(workbook, false, 11, true));
        }
        return style;
    }

}
