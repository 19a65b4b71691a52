package io.shinrai.vuln;

import io.shinrai.catalog.LocalizedText;

/** A way a CSAF document fails a check, at a JSON pointer; {@code detail} is the value or id concerned. */
public record CsafProblem(CsafTest test, String pointer, String detail) {

    public LocalizedText message() {
        String where = (pointer.isEmpty() ? "/" : pointer) + ": ";
        String what = detail.isEmpty() ? "" : ": " + detail;
        return new LocalizedText(where + test.section() + " " + test.title().ja() + what,
                where + test.section() + " " + test.title().en() + what);
    }

    @Override
    public String toString() {
        return message().en();
    }
}
