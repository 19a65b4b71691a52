package io.shinrai.sbom;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * The {@code Tag: value} pairs of an SPDX tag-value file, one at a time, with {@code <text>...</text>} values over
 * several lines joined. Lines longer than {@link SpdxTagValueReader#MAX_LINE} end the read; of a multi-line value no
 * more than one character past the longest kept text is held, so that the reader can tell it is too long.
 */
final class TagValueLines {

    record Tag(String name, String value, int line) {
    }

    private static final String TEXT_START = "<text>";
    private static final String TEXT_END = "</text>";

    private final Reader in;
    private int lineNumber;

    TagValueLines(Reader in) {
        this.in = in;
    }

    /** The next tag, or null at the end of the file. */
    Tag next(Problems problems) throws InvalidSbomException, IOException {
        String line;
        while ((line = line(problems)) != null) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                problems.add(new ProblemPlace.Line(lineNumber, 0), SbomProblem.Kind.SYNTAX,
                        "a line of the form \"Tag: value\" is expected");
                continue;
            }
            int start = lineNumber;
            String name = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (value.startsWith(TEXT_START)) {
                value = multiLine(value.substring(TEXT_START.length()), problems);
            }
            return new Tag(name, value, start);
        }
        return null;
    }

    private String multiLine(String first, Problems problems) throws InvalidSbomException, IOException {
        StringBuilder text = new StringBuilder();
        String line = first;
        int start = lineNumber;
        while (true) {
            int end = line.indexOf(TEXT_END);
            append(text, end < 0 ? line : line.substring(0, end));
            if (end >= 0) {
                return text.toString().strip();
            }
            text.append('\n');
            line = line(problems);
            if (line == null) {
                throw problems.fatal(new ProblemPlace.Line(start, 0), SbomProblem.Kind.SYNTAX,
                        "<text> is not closed by </text>");
            }
        }
    }

    private static void append(StringBuilder text, String part) {
        int room = JsonCursor.MAX_KEPT_TEXT + 1 - text.length();
        text.append(part, 0, Math.max(0, Math.min(room, part.length())));
    }

    private String line(Problems problems) throws InvalidSbomException, IOException {
        StringBuilder line = new StringBuilder();
        int c;
        try {
            while ((c = in.read()) != -1 && c != '\n') {
                if (line.length() == SpdxTagValueReader.MAX_LINE) {
                    throw problems.fatal(new ProblemPlace.Line(lineNumber + 1, 0), SbomProblem.Kind.TOO_LARGE,
                            SpdxTagValueReader.MAX_LINE + " characters in a line");
                }
                line.append((char) c);
            }
        } catch (CharacterCodingException notUtf8) {
            throw problems.fatal(new ProblemPlace.Line(lineNumber + 1, 0), SbomProblem.Kind.SYNTAX,
                    "not UTF-8 text");
        }
        if (c == -1 && line.isEmpty()) {
            return null;
        }
        lineNumber++;
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }
}
