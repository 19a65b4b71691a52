package io.shinrai.disclosure.excel;

import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The column header row of a checklist sheet and which column holds what, found by the headers' words as
 * official and home-made forms spell them (項番, No., 確認項目, はい・いいえ, コメント ...). {@code remarks} and
 * {@code notes} are -1 when the form has no such column.
 */
record JahisHeader(int row, int number, int question, int answer, int remarks, int notes) {

    static final int SEARCH_ROWS = 60;
    static final int SEARCH_COLUMNS = 40;

    private enum Role { NUMBER, QUESTION, ANSWER, REMARKS, NOTES }

    static Optional<JahisHeader> find(Sheet sheet) {
        for (int index = 0; index < SEARCH_ROWS; index++) {
            Row row = sheet.getRow(index);
            if (row != null) {
                Optional<JahisHeader> header = inRow(row);
                if (header.isPresent()) {
                    return header;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<JahisHeader> inRow(Row row) {
        int[] columns = {-1, -1, -1, -1, -1};
        for (int column = 0; column < SEARCH_COLUMNS; column++) {
            String key = SheetText.key(SheetText.raw(row.getCell(column)));
            Role role = key.isEmpty() ? null : role(key);
            if (role != null && columns[role.ordinal()] < 0) {
                columns[role.ordinal()] = column;
            }
        }
        if (columns[Role.NUMBER.ordinal()] < 0 || columns[Role.QUESTION.ordinal()] < 0
                || columns[Role.ANSWER.ordinal()] < 0) {
            return Optional.empty();
        }
        return Optional.of(new JahisHeader(row.getRowNum(), columns[0], columns[1], columns[2], columns[3],
                columns[4]));
    }

    /** The checks run in this order because headers combine words: 項目番号 is a number, 備考（いいえの理由） remarks. */
    private static Role role(String key) {
        if (key.equals("注記") || key.equals("注記番号") || key.equals("note#")) {
            return Role.NOTES;
        }
        if (key.equals("no") || key.equals("no.") || key.equals("#") || key.startsWith("項番")
                || key.endsWith("番号")) {
            return Role.NUMBER;
        }
        if (containsAny(key, "備考", "コメント", "補足", "remark", "comment")) {
            return Role.REMARKS;
        }
        if (containsAny(key, "回答", "はい", "answer", "yes/no")) {
            return Role.ANSWER;
        }
        if (containsAny(key, "質問", "確認項目", "確認内容", "要求事項", "question") || key.equals("項目")
                || key.equals("内容")) {
            return Role.QUESTION;
        }
        return null;
    }

    private static boolean containsAny(String key, String... words) {
        for (String word : words) {
            if (key.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
