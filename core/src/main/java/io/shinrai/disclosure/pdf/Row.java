package io.shinrai.disclosure.pdf;

import java.util.List;

/**
 * A table row: one text per column, the row's depth (for a child question), and whether it is muted, as an item
 * is that its options switch off.
 */
record Row(List<String> cells, int depth, boolean muted) {

    Row {
        cells = List.copyOf(cells);
    }

    static Row of(String... cells) {
        return new Row(List.of(cells), 0, false);
    }
}
