package io.shinrai.disclosure.excel;

import io.shinrai.catalog.LocalizedText;

/** Why an uploaded file is not read as a workbook, in words for the person who uploaded it. */
public enum WorkbookRefusal {
    NOT_XLSX(new LocalizedText("Excelブック(.xlsx)ではありません。", "This is not an Excel workbook (.xlsx).")),
    ENCRYPTED(new LocalizedText("パスワードで保護されたブックは読み込めません。保護を解除してから読み込んでください。",
            "The workbook is protected by a password. Remove the protection and try again.")),
    MACRO_ENABLED(new LocalizedText("マクロを含むブック(.xlsm)は受け付けていません。.xlsx 形式で保存し直してください。",
            "Workbooks with macros (.xlsm) are not accepted. Save it as .xlsx and try again.")),
    TOO_LARGE(new LocalizedText("ファイルが大きすぎます。", "The file is too large.")),
    SUSPICIOUS(new LocalizedText("ファイルの構造が不正です(展開すると極端に大きくなる、または外部参照を含む)。",
            "The file's structure is not acceptable (it expands to an extreme size or refers to outside content).")),
    DAMAGED(new LocalizedText("ファイルが壊れているため読み込めません。", "The file is damaged and cannot be read."));

    private final LocalizedText message;

    WorkbookRefusal(LocalizedText message) {
        this.message = message;
    }

    public LocalizedText message() {
        return message;
    }
}
