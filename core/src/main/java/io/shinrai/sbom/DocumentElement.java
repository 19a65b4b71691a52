package io.shinrai.sbom;

/** Whether the document as a whole has one minimum element, and what it says when it does (null otherwise). */
public record DocumentElement(MinimumElement element, boolean present, String value) {
}
