package io.shinrai.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * What every A4 page shows around the body: the header, which says whose disclosure of which product version it
 * is and when it was made, so that a loose page can be placed, and "n / N" at the foot. The header is as tall as
 * its text needs; the body starts below it.
 */
public final class PageFrame {

    public static final PDRectangle PAPER = PDRectangle.A4;
    public static final float SIDE_MARGIN = 40;
    private static final float EDGE = 24;
    private static final float SIZE = 8;
    private static final float LINE = SIZE * 1.4f;
    private static final float GAP = 10;

    private final EmbeddedFont font;
    private final List<String> header;

    public PageFrame(EmbeddedFont font, String header) {
        this.font = font;
        this.header = font.lineBreaker(SIZE).lines(font.printable(header), width());
    }

    public static float width() {
        return PAPER.getWidth() - 2 * SIDE_MARGIN;
    }

    public float bodyTop() {
        return PAPER.getHeight() - EDGE - header.size() * LINE - GAP;
    }

    public float bodyBottom() {
        return EDGE + LINE + GAP;
    }

    /** Adds header and footer to every page; only now is the number of pages known. */
    public void stamp(PDDocument document) throws IOException {
        int pages = document.getNumberOfPages();
        for (int index = 0; index < pages; index++) {
            try (PDPageContentStream content = new PDPageContentStream(document, document.getPage(index),
                    AppendMode.APPEND, true, true)) {
                content.setNonStrokingColor(0f);
                float baseline = PAPER.getHeight() - EDGE - font.ascent(SIZE);
                for (String line : header) {
                    font.show(content, line, SIDE_MARGIN, baseline, SIZE);
                    baseline -= LINE;
                }
                float rule = bodyTop() + GAP / 2;
                content.setStrokingColor(0.5f);
                content.setLineWidth(0.5f);
                content.moveTo(SIDE_MARGIN, rule);
                content.lineTo(PAPER.getWidth() - SIDE_MARGIN, rule);
                content.stroke();
                String number = (index + 1) + " / " + pages;
                font.show(content, number, (PAPER.getWidth() - font.width(number, SIZE)) / 2, EDGE, SIZE);
            }
        }
    }
}
