package io.shinrai.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Breaks text into lines no wider than a column, as Japanese text is set: a line may end between any two CJK
 * characters, except before closing punctuation and small kana or after an opening bracket (禁則); Latin words
 * break at spaces, and a word wider than the column is broken where it reaches the edge. Every character of the
 * text is on some line, apart from the spaces where a line was broken.
 */
public final class LineBreaker {

    private static final String NO_LINE_START = "、。，．,.・：；:;？！?!）］｝〕〉》」』】〙〗〟’”)]}ー々ゝゞヽヾ"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ…‥";
    private static final String NO_LINE_END = "（［｛〔〈《「『【〘〖〝‘“([{";

    private final IntToDoubleFunction width;

    /** @param width how wide a character (code point) is, in the unit of the widths given to {@link #lines} */
    public LineBreaker(IntToDoubleFunction width) {
        this.width = width;
    }

    /** The lines of {@code text}; a line feed in the text always starts a new line, an empty text is one line. */
    public List<String> lines(String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            breakParagraph(paragraph.codePoints().toArray(), maxWidth, lines);
        }
        return lines;
    }

    private void breakParagraph(int[] text, double maxWidth, List<String> lines) {
        if (text.length == 0) {
            lines.add("");
            return;
        }
        int start = 0;
        while (start < text.length) {
            int end = start;
            int lastBreak = -1;
            double used = 0;
            while (end < text.length && used + width.applyAsDouble(text[end]) <= maxWidth) {
                used += width.applyAsDouble(text[end]);
                end++;
                if (end < text.length && canBreak(text[end - 1], text[end])) {
                    lastBreak = end;
                }
            }
            if (end == text.length) {
                lines.add(new String(text, start, end - start));
                return;
            }
            int breakAt;
            if (end == start) {
                breakAt = start + 1; // one character wider than the column still has to go somewhere
            } else if (text[end] == ' ' || canBreak(text[end - 1], text[end])) {
                breakAt = end;
            } else {
                breakAt = lastBreak > start && !blank(text, start, lastBreak) ? lastBreak : end;
            }
            lines.add(new String(text, start, breakAt - start).stripTrailing());
            start = breakAt;
            while (start < text.length && text[start] == ' ') {
                start++;
            }
        }
    }

    private static boolean blank(int[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean canBreak(int before, int after) {
        if (after == ' ' || NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
            return false;
        }
        return before == ' ' || isCjk(before) || isCjk(after);
    }

    public static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY;
    }
}
