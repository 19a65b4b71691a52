package io.shinrai.vuln;

import io.shinrai.catalog.LocalizedText;

/** Why advisory data, or one advisory in it, is not read, in words for the person who gave it. */
public enum AdvisoryRefusal {
    NOT_FOUND(new LocalizedText("ファイルまたはフォルダが見つかりません。", "No such file or folder.")),
    NOT_JSON(new LocalizedText("JSON として読めません。", "This is not readable as JSON.")),
    NOT_AN_ADVISORY(new LocalizedText("脆弱性情報の形式ではありません(id や modified がない、または日時が不正)。",
            "This is not an advisory in the expected format (no id or modified, or a malformed date).")),
    TOO_LARGE(new LocalizedText("脆弱性情報 1 件としては大きすぎます。", "This is too large for one advisory.")),
    TOO_DEEP(new LocalizedText("JSON の入れ子が深すぎます。", "The JSON is nested too deeply.")),
    TOO_MANY_ENTRIES(new LocalizedText("アーカイブまたはフォルダのファイル数が多すぎます。",
            "The archive or folder holds too many files.")),
    SUSPICIOUS_ARCHIVE(new LocalizedText("アーカイブの構造が不正です(展開すると極端に大きくなる)。",
            "The archive's structure is not acceptable (it expands to an extreme size).")),
    DAMAGED_ARCHIVE(new LocalizedText("アーカイブが壊れているため読み込めません。",
            "The archive is damaged and cannot be read."));

    private final LocalizedText message;

    AdvisoryRefusal(LocalizedText message) {
        this.message = message;
    }

    public LocalizedText message() {
        return message;
    }

    /** The message with the file or archive entry it concerns in front. */
    public LocalizedText at(String where) {
        return new LocalizedText(where + ": " + message.ja(), where + ": " + message.en());
    }
}
