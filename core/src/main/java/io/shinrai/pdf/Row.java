package io.shinrai.pdf;

import java.util.List;

/**
 * A table row: one text per column, the row's depth (for a child question), and whether it is muted, as an item
 * is that its options switch off.
 */
public record Row(List<String> cells, int depth, boolean muted) {

    public Row {
        cells = List.copyOf(cells);
    }

    public static Row of(String... cells) {
        return new Row(List.of(cells), 0, false);
    }
}
