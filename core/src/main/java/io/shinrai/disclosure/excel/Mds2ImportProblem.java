package io.shinrai.disclosure.excel;

import io.shinrai.catalog.LocalizedText;

/**
 * Something in an MDS2 sheet that the import could not take over, at a row as Excel numbers it. {@code questionId}
 * is the row's question ID (null on a note row); {@code value} is what could not be used.
 */
public record Mds2ImportProblem(int row, Kind kind, String questionId, String value) {

    public enum Kind {
        /** Column A looks like a question ID that the catalogue does not have; the row is skipped. */
        UNKNOWN_QUESTION_ID,
        /** Column C is not Yes, No, N/A or See Notes; the question stays unanswered. */
        UNKNOWN_ANSWER,
        /** Column D is not a list of note numbers; the answer refers to no note. */
        UNREADABLE_NOTE_REFERENCE,
        /** Column D names a note with no "Note N" row; the reference is dropped. */
        MISSING_NOTE,
        /** A question answered a second time; the first row is kept. */
        REPEATED_QUESTION,
        /** A second "Note N" row with the same number; the first is kept. */
        REPEATED_NOTE,
        /** DOC-7 is not a date that can be read, so 作成日 stays empty; the text itself is kept. */
        UNREADABLE_RELEASE_DATE
    }

    public LocalizedText message() {
        return switch (kind) {
            case UNKNOWN_QUESTION_ID -> at(
                    value + " は質問IDとして見つからないため、この行は読み込んでいません。",
                    "there is no question " + value + "; the row was not imported.");
            case UNKNOWN_ANSWER -> at(
                    questionId + " の回答「" + value + "」は Yes / No / N/A / See Notes のいずれでもないため、未回答としました。",
                    "the answer \"" + value + "\" to " + questionId
                            + " is not Yes, No, N/A or See Notes; the question is left unanswered.");
            case UNREADABLE_NOTE_REFERENCE -> at(
                    questionId + " の注記参照「" + value + "」を読めないため、注記を参照していません。",
                    "the note reference \"" + value + "\" of " + questionId
                            + " cannot be read; the answer refers to no note.");
            case MISSING_NOTE -> at(
                    questionId + " が参照する " + value + " がシートにないため、参照を外しました。",
                    questionId + " refers to " + value + ", which the sheet does not have; the reference was dropped.");
            case REPEATED_QUESTION -> at(
                    questionId + " は前の行ですでに回答されているため、この行は読み込んでいません。",
                    questionId + " is already answered in an earlier row; this row was not imported.");
            case REPEATED_NOTE -> at(
                    value + " は前の行にもあるため、この行は読み込んでいません。",
                    value + " is already given in an earlier row; this row was not imported.");
            case UNREADABLE_RELEASE_DATE -> at(
                    questionId + " の日付「" + value + "」を読めないため、作成日は空のままです。",
                    "the date \"" + value + "\" of " + questionId
                            + " cannot be read; the creation date is left empty.");
        };
    }

    private LocalizedText at(String ja, String en) {
        return new LocalizedText(row + "行目: " + ja, "Row " + row + ": " + en);
    }
}
