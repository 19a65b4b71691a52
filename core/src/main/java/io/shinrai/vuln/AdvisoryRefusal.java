package io.shinrai.vuln;

import io.shinrai.catalog.LocalizedText;

/** Why advisory data, or one advisory in it, is not read, in words for the person who gave it. */
public enum AdvisoryRefusal {
    NOT_FOUND(new LocalizedText("ファイルまたはフォルダが見つかりません。", "No such file or folder.")),
    NOT_JSON(new LocalizedText("JSON として読めません。", "This is not readable as JSON.")),
    NOT_AN_ADVISORY(new LocalizedText("脆弱性情報の形式ではありません(id や modified がない、または日時が不正)。",
            "This is not an advisory in the expected format (no id or modified, or a malformed date).")),
    MISSING_FIELD(new LocalizedText("必須の項目がないか、項目の型(文字列、配列、オブジェクト)が違います。",
            "A required field is missing, or it is of the wrong kind (text, list, object).")),
    UNSUPPORTED_VERSION(new LocalizedText("この版には対応していません(CSAF は 2.0 に対応)。",
            "This version is not supported (CSAF 2.0 is).")),
    NOT_XML(new LocalizedText("XML として読めません。", "This is not readable as XML.")),
    DOCTYPE(new LocalizedText("文書型宣言(DTD)を含む XML は安全のため受け付けていません。",
            "XML with a document type declaration (DTD) is not accepted, for safety.")),
    UNRECOGNISED(new LocalizedText("対応する形式(OSV、NVD、CSAF 2.0、JVN、CycloneDX VEX)として認識できません。",
            "Not recognised as any format read (OSV, NVD, CSAF 2.0, JVN, CycloneDX VEX).")),
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
