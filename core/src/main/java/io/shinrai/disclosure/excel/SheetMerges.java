package io.shinrai.disclosure.excel;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Which cells of some columns, in the sheet's rows {@code first} to {@code last}, are covered by a merged cell that
 * starts further left, as across a heading row. Kept as one bit per row and column, so that a workbook with many
 * tall merged cells costs no more memory than one with none.
 */
final class SheetMerges {

    private final int first;
    private final Map<Integer, BitSet> coveredByColumn = new HashMap<>();

    SheetMerges(Sheet sheet, int first, int last, int... columns) {
        this.first = first;
        List<CellRangeAddress> regions = sheet.getMergedRegions();
        for (int column : columns) {
            BitSet covered = new BitSet();
            for (CellRangeAddress region : regions) {
                int from = Math.max(first, region.getFirstRow());
                int to = Math.min(last, region.getLastRow());
                if (from <= to && region.getFirstColumn() < column && column <= region.getLastColumn()) {
                    covered.set(from - first, to - first + 1);
                }
            }
            coveredByColumn.put(column, covered);
        }
    }

    boolean continuesFromLeft(int row, int column) {
        BitSet covered = coveredByColumn.get(column);
        return covered != null && row >= first && covered.get(row - first);
    }
}
