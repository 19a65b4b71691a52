package io.shinrai.disclosure.excel;

import io.shinrai.catalog.LocalizedText;

/**
 * A cell of an imported workbook that could not be taken over, with where it is as Excel shows it (sheet, row
 * number from 1, cell such as C12) and what it holds.
 */
public record JahisUnmapped(String sheet, int row, String cell, String value, Reason reason) {

    public enum Reason {
        ANSWER_NOT_RECOGNISED(new LocalizedText("回答として読み取れません。", "Not a recognised answer.")),
        OPTION_NOT_RECOGNISED(new LocalizedText("機能の使用を「はい」か「いいえ」で読み取れません。",
                "Not recognised as はい (in use) or いいえ (not in use).")),
        DATE_NOT_RECOGNISED(new LocalizedText("日付として読み取れません。", "Not a recognised date.")),
        NOTE_NOT_RECOGNISED(new LocalizedText("注記の番号として読み取れません。", "Not a recognised note number.")),
        NO_NUMBER(new LocalizedText("項番のない行に回答や備考があります。", "A row without an item number has an answer or remarks.")),
        NO_QUESTION(new LocalizedText("項番はありますが質問がありません。", "The row has an item number but no question.")),
        NUMBER_REPEATED(new LocalizedText("同じ項番が前の行にもあります。この行は読み込みません。",
                "The item number was used on an earlier row; this row is not read.")),
        UNKNOWN_ITEM(new LocalizedText("チェックリストにない項番です。", "The checklist has no item with this number.")),
        UNKNOWN_CATALOGUE(new LocalizedText("このチェックリストは登録されていません。ブックの内容から項目を作成しました。",
                "This checklist is not installed; its items were made from the workbook.")),
        ROWS_NOT_READ(new LocalizedText("行数が上限を超えたため、この行以降は読み込んでいません。",
                "Too many rows: this row and those below it were not read."));

        private final LocalizedText message;

        Reason(LocalizedText message) {
            this.message = message;
        }

        public LocalizedText message() {
            return message;
        }
    }
}
