package io.shinrai.risk.excel;

import io.shinrai.disclosure.excel.CellLook;
import io.shinrai.risk.AcceptanceTier;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of a risk workbook, each made once: a workbook holds at most 64,000 styles. */
final class RiskSheetStyles {

    enum Kind { TITLE, LABEL, HEADER, TEXT, NUMBER, DATE }

    private final XSSFWorkbook workbook;
    private final Map<String, CellStyle> made = new HashMap<>();

    RiskSheetStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    CellStyle of(Kind kind) {
        return made.computeIfAbsent(kind.name(), key -> make(kind, null));
    }

    /**
     * Text that Excel must keep as text even when someone edits the cell, such as an owner written "=..."; the
     * quote prefix is what Excel sets when one types a leading apostrophe.
     */
    CellStyle quoted() {
        return made.computeIfAbsent("quoted", key -> {
            CellStyle style = make(Kind.TEXT, null);
            style.setQuotePrefixed(true);
            return style;
        });
    }

    /** A number on the colour of its acceptance tier, as in the heat maps and the risk columns. */
    CellStyle tier(AcceptanceTier tier) {
        return made.computeIfAbsent("tier/" + tier, key -> make(Kind.NUMBER, tier));
    }

    static IndexedColors colour(AcceptanceTier tier) {
        return switch (tier) {
            case ACCEPT -> IndexedColors.LIGHT_GREEN;
            case ACCEPT_UNDER_MANAGEMENT -> IndexedColors.LIGHT_YELLOW;
            case NOT_ACCEPTABLE -> IndexedColors.ROSE;
        };
    }

    private CellStyle make(Kind kind, AcceptanceTier tier) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (kind == Kind.TITLE) {
            style.setFont(CellLook.font(workbook, true, 14, false));
            return style;
        }
        CellLook.bordered(style);
        style.setWrapText(true);
        if (kind == Kind.LABEL || kind == Kind.HEADER) {
            CellLook.filled(style, kind == Kind.LABEL ? IndexedColors.LIGHT_TURQUOISE
                    : IndexedColors.LIGHT_CORNFLOWER_BLUE);
            style.setFont(CellLook.font(workbook, true, 11, false));
        }
        if (kind == Kind.HEADER || kind == Kind.NUMBER) {
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        if (kind == Kind.DATE) {
            style.setAlignment(HorizontalAlignment.LEFT);
            style.setDataFormat(workbook.createDataFormat().getFormat("yyyy/mm/dd"));
        }
        if (tier != null) {
            CellLook.filled(style, colour(tier));
        }
        return style;
    }
}
