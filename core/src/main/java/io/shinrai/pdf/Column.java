package io.shinrai.pdf;

/**
 * A column of a table on the page: its header (empty for a table without a header row), its width in points, and
 * whether its text is indented by the depth of the row, as a child question is under its parent.
 */
public record Column(String header, float width, boolean indentedByDepth) {
}
