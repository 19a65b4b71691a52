package io.shinrai.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Lays the body of the printable view onto pages, top to bottom: a title, then tables whose rows are as tall as
 * their text. A row that fits on a page is never split; a taller one (a long 備考) goes on onto the next page,
 * so nothing is cut off. The column header of a table is repeated on every page the table runs onto, and a
 * heading always stands on the same page as the row below it.
 */
public final class PageFlow {

    public static final float TEXT_SIZE = 8.5f;
    private static final float HEADING_SIZE = 10f;
    private static final float LINE_SPACING = 1.45f;
    private static final float PADDING = 3f;
    private static final float INDENT = 8f;
    private static final int DEEPEST_INDENT = 4;
    private static final float MUTED_TEXT = 0.45f;
    private static final float MUTED_FILL = 0.95f;
    private static final float HEADER_FILL = 0.88f;
    private static final float HEADING_FILL = 0.8f;

    private final PDDocument document;
    private final EmbeddedFont font;
    private final PageFrame frame;
    private final UnaryOperator<String> continued;
    private PDPageContentStream page;
    private float y;
    private List<Column> columns = List.of();
    private boolean headerRow;
    private List<String> pendingHeading;

    /** @param continued what the first column of a row says where the row goes on after a page break */
    public PageFlow(PDDocument document, EmbeddedFont font, PageFrame frame, UnaryOperator<String> continued)
            throws IOException {
        this.document = document;
        this.font = font;
        this.frame = frame;
        this.continued = continued;
        newPage();
    }

    public void title(String text, float size) throws IOException {
        float line = size * LINE_SPACING;
        for (String shown : lines(text, size, PageFrame.width())) {
            if (y - line < frame.bodyBottom()) {
                newPage();
            }
            page.setNonStrokingColor(0f);
            font.show(page, shown, PageFrame.SIDE_MARGIN, y - font.ascent(size), size);
            y -= line;
        }
    }

    public void space(float points) {
        y -= points;
    }

    /** Starts a table; with {@code headerRow} the columns' headers head it on every page it is on. */
    public void table(List<Column> columns, boolean headerRow) throws IOException {
        drawPendingHeading(0);
        this.columns = List.copyOf(columns);
        this.headerRow = headerRow;
        if (headerRow) {
            if (y - columnHeaderHeight() - height(1, TEXT_SIZE) < frame.bodyBottom()) {
                newPage();
            } else {
                drawColumnHeader();
            }
        }
    }

    /** A shaded row across the whole table; it is drawn with the row that follows, on the same page. */
    public void heading(String text) throws IOException {
        drawPendingHeading(0);
        pendingHeading = lines(text, HEADING_SIZE, tableWidth() - 2 * PADDING);
    }

    public void row(Row row) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int index = 0; index < columns.size(); index++) {
            cells.add(new ArrayList<>(lines(row.cells().get(index), TEXT_SIZE, textWidth(index, row.depth()))));
        }
        // a row is moved whole to the next page only if that does not part it from its heading; else it is split
        boolean mayMove = pendingHeading == null;
        if (!mayMove) {
            int tallest = tallest(cells);
            float heading = height(pendingHeading.size(), HEADING_SIZE);
            drawPendingHeading(height(tallest <= linesFitting(emptyPageTop() - heading) ? tallest : 1, TEXT_SIZE));
        }
        while (true) {
            int tallest = tallest(cells);
            int fitting = linesFitting(y);
            if (tallest <= fitting) {
                drawRow(cells, tallest, row);
                return;
            }
            if ((mayMove && tallest <= linesFitting(emptyPageTop())) || fitting < 1) {
                newPage();
                mayMove = false;
                continue;
            }
            List<List<String>> rest = new ArrayList<>();
            for (List<String> lines : cells) {
                int shown = Math.min(fitting, lines.size());
                rest.add(new ArrayList<>(lines.subList(shown, lines.size())));
                lines.subList(shown, lines.size()).clear();
            }
            drawRow(cells, fitting, row);
            newPage();
            mayMove = false;
            if (rest.get(0).isEmpty()) {
                rest.set(0, lines(continued.apply(row.cells().get(0)), TEXT_SIZE, textWidth(0, 0)));
            }
            cells = rest;
        }
    }

    public void finish() throws IOException {
        drawPendingHeading(0);
        page.close();
    }

    /** Draws the heading waiting for its first row, on a new page unless {@code keptWith} fits below it. */
    private void drawPendingHeading(float keptWith) throws IOException {
        if (pendingHeading == null) {
            return;
        }
        float height = height(pendingHeading.size(), HEADING_SIZE);
        if (y - height - keptWith < frame.bodyBottom()) {
            newPage();
        }
        fill(PageFrame.SIDE_MARGIN, tableWidth(), height, HEADING_FILL);
        border(PageFrame.SIDE_MARGIN, tableWidth(), height);
        text(pendingHeading, PageFrame.SIDE_MARGIN + PADDING, HEADING_SIZE, false);
        y -= height;
        pendingHeading = null;
    }

    private static int tallest(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1);
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PageFrame.PAPER);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        page.setLineWidth(0.5f);
        page.setStrokingColor(0.3f);
        y = frame.bodyTop();
        if (headerRow) {
            drawColumnHeader();
        }
    }

    private void drawColumnHeader() throws IOException {
        List<List<String>> headers = columnHeaders();
        float height = columnHeaderHeight();
        float x = PageFrame.SIDE_MARGIN;
        for (int index = 0; index < columns.size(); index++) {
            float width = columns.get(index).width();
            fill(x, width, height, HEADER_FILL);
            border(x, width, height);
            text(headers.get(index), x + PADDING, TEXT_SIZE, false);
            x += width;
        }
        y -= height;
    }

    private void drawRow(List<List<String>> cells, int lineCount, Row row) throws IOException {
        float height = height(lineCount, TEXT_SIZE);
        float x = PageFrame.SIDE_MARGIN;
        for (int index = 0; index < columns.size(); index++) {
            float width = columns.get(index).width();
            if (row.muted()) {
                fill(x, width, height, MUTED_FILL);
            }
            border(x, width, height);
            text(cells.get(index), x + PADDING + indent(index, row.depth()), TEXT_SIZE, row.muted());
            x += width;
        }
        y -= height;
    }

    private void text(List<String> lines, float x, float size, boolean muted) throws IOException {
        page.setNonStrokingColor(muted ? MUTED_TEXT : 0f);
        float baseline = y - PADDING - font.ascent(size);
        for (String line : lines) {
            if (!line.isEmpty()) {
                font.show(page, line, x, baseline, size);
            }
            baseline -= size * LINE_SPACING;
        }
    }

    private void fill(float x, float width, float height, float gray) throws IOException {
        page.setNonStrokingColor(gray);
        page.addRect(x, y - height, width, height);
        page.fill();
    }

    private void border(float x, float width, float height) throws IOException {
        page.addRect(x, y - height, width, height);
        page.stroke();
    }

    private List<String> lines(String text, float size, float width) {
        return font.lineBreaker(size).lines(font.printable(text), width);
    }

    private float textWidth(int column, int depth) {
        return columns.get(column).width() - 2 * PADDING - indent(column, depth);
    }

    private float indent(int column, int depth) {
        return columns.get(column).indentedByDepth() ? INDENT * Math.min(depth, DEEPEST_INDENT) : 0;
    }

    private float tableWidth() {
        return (float) columns.stream().mapToDouble(Column::width).sum();
    }

    private static float height(int lines, float size) {
        return lines * size * LINE_SPACING + 2 * PADDING;
    }

    private List<List<String>> columnHeaders() {
        List<List<String>> headers = new ArrayList<>();
        for (int index = 0; index < columns.size(); index++) {
            headers.add(lines(columns.get(index).header(), TEXT_SIZE, textWidth(index, 0)));
        }
        return headers;
    }

    private float columnHeaderHeight() {
        return headerRow ? height(columnHeaders().stream().mapToInt(List::size).max().orElse(1), TEXT_SIZE) : 0;
    }

    /** Where rows start on a new page: below the column header, if the table has one. */
    private float emptyPageTop() {
        return frame.bodyTop() - columnHeaderHeight();
    }

    private int linesFitting(float top) {
        return (int) Math.floor((top - frame.bodyBottom() - 2 * PADDING) / (TEXT_SIZE * LINE_SPACING));
    }
}
