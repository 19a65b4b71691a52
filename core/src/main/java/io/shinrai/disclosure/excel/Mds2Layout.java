package io.shinrai.disclosure.excel;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Where things are on NEMA's MDS2 2019 form; the writer and the reader share it. */
final class Mds2Layout {

    static final String SHEET_NAME = "MDS2";
    static final String TITLE = "Manufacturer Disclosure Statement for Medical Device Security – MDS2";
    static final List<String> HEADERS = List.of("Question ID", "Question", "Answer", "Note #");
    static final int TITLE_ROWS = 2;
    static final int ID = 0;
    static final int QUESTION = 1;
    static final int ANSWER = 2;
    static final int NOTE = 3;
    /** Column A of a note row, such as "Note 1"; the text is in column B. */
    static final Pattern NOTE_ROW = Pattern.compile("NOTE\\s*#?\\s*(\\d{1,6})");
    /** Anything in column A shaped like a question ID, known to the catalogue or not. */
    static final Pattern QUESTION_ID = Pattern.compile("[A-Z]{2,6}-\\d{1,3}(\\.\\d{1,3})*");

    private Mds2Layout() {
    }

    static String noteLabel(int number) {
        return "Note " + number;
    }

    static boolean isMds2SheetName(String name) {
        return Mds2Cells.normalized(name).toLowerCase(Locale.ROOT).contains("mds2");
    }
}
