package io.shinrai.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * IPAex Gothic, bundled with Shinrai (IPA Font License, beside it under {@code fonts/}) and embedded in each PDF
 * as a subset of the characters used, so that a PDF shows the same on every machine whatever fonts it has.
 */
public final class EmbeddedFont {

    private static final String RESOURCE = "/fonts/ipaexg.ttf";
    /** Stands for a character the font cannot show: the geta mark, which Japanese typesetting uses for this. */
    public static final String MISSING = "〓";

    private final PDType0Font font;
    private final CmapLookup characters;
    private final Map<Integer, Float> widths = new HashMap<>();

    private EmbeddedFont(PDType0Font font) {
        this.font = font;
        this.characters = font.getCmapLookup();
    }

    public static EmbeddedFont load(PDDocument document) throws IOException {
        try (InputStream in = EmbeddedFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the font " + RESOURCE + " is missing from the build");
            }
            return new EmbeddedFont(PDType0Font.load(document, in, true));
        }
    }

    /**
     * The text as it can be shown: line breaks as line feeds, tabs as spaces, and {@link #MISSING} for each
     * character the font has no glyph for (emoji, control characters), which PDFBox would otherwise refuse.
     */
    public String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        lines.codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                shown.append('\n');
            } else if (codePoint == '\t') {
                shown.append(' ');
            } else if (Character.isISOControl(codePoint) || characters.getGlyphId(codePoint) == 0) {
                shown.append(MISSING);
            } else {
                shown.appendCodePoint(codePoint);
            }
        });
        return shown.toString();
    }

    /** The width of a printable character at {@code size} points. */
    public float width(int codePoint, float size) {
        return widths.computeIfAbsent(codePoint, this::unitWidth) * size / 1000;
    }

    public float width(String printable, float size) {
        return (float) printable.codePoints().mapToDouble(codePoint -> width(codePoint, size)).sum();
    }

    /** How far the tallest characters reach above the baseline, at {@code size} points. */
    public float ascent(float size) {
        return font.getFontDescriptor().getAscent() * size / 1000;
    }

    /** Draws one printable line with its baseline at {@code baseline}. */
    public void show(PDPageContentStream content, String line, float x, float baseline, float size)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(line);
        content.endText();
    }

    public LineBreaker lineBreaker(float size) {
        return new LineBreaker(codePoint -> width(codePoint, size));
    }

    private float unitWidth(int codePoint) {
        try {
            return font.getStringWidth(Character.toString(codePoint));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
