package io.shinrai.sbom;

import io.shinrai.catalog.LocalizedText;

/**
 * Why an SBOM file cannot be imported, at a place in it, in words for the person who gave it. {@code detail} is
 * what the kind needs to be understood: the missing field, the value not accepted, the parser's own words.
 */
public record SbomProblem(ProblemPlace place, Kind kind, String detail) {

    public enum Kind {
        /** Neither CycloneDX nor SPDX in a form that is read. */
        UNRECOGNISED,
        /** A CycloneDX or SPDX version that is not read; detail is the version. */
        UNSUPPORTED_VERSION,
        /** Not well-formed JSON, XML or tag-value; detail is the parser's description. */
        SYNTAX,
        /** An XML document type declaration, refused because entities are a way in for hostile files. */
        DOCTYPE,
        /** A field the specification requires is absent; detail is its name. */
        MISSING,
        /** A field of the wrong kind (text, list, object); detail is the kind expected. */
        WRONG_TYPE,
        /** A value the specification does not allow there; detail is the value. */
        INVALID_VALUE,
        /** Longer, deeper or more numerous than the reader accepts; detail is the limit. */
        TOO_LARGE,
        /** So many problems that reading stopped; detail is how many were listed. */
        TOO_MANY_PROBLEMS
    }

    public LocalizedText message() {
        LocalizedText where = place.describe();
        LocalizedText what = switch (kind) {
            case UNRECOGNISED -> new LocalizedText(
                    "CycloneDX(JSON/XML)または SPDX(JSON/タグ値/JSON-LD)の SBOM として認識できません。",
                    "not recognised as a CycloneDX (JSON or XML) or SPDX (JSON, tag-value or JSON-LD) SBOM.");
            case UNSUPPORTED_VERSION -> new LocalizedText(
                    "バージョン「" + detail + "」には対応していません(CycloneDX 1.2〜1.6、SPDX 2.2/2.3/3.0 に対応)。",
                    "version \"" + detail + "\" is not supported (CycloneDX 1.2 to 1.6, SPDX 2.2, 2.3 and 3.0 are).");
            case SYNTAX -> new LocalizedText("書式が正しくありません: " + detail, "the file is malformed: " + detail);
            case DOCTYPE -> new LocalizedText(
                    "文書型宣言(DTD)を含む XML は安全のため受け付けていません。",
                    "XML with a document type declaration (DTD) is not accepted, for safety.");
            case MISSING -> new LocalizedText("必須の項目「" + detail + "」がありません。",
                    "the required field \"" + detail + "\" is missing.");
            case WRONG_TYPE -> new LocalizedText("ここには" + japaneseKind(detail) + "が必要です。",
                    "a " + detail + " is expected here.");
            case INVALID_VALUE -> new LocalizedText("値「" + detail + "」はここでは使えません。",
                    "the value \"" + detail + "\" is not allowed here.");
            case TOO_LARGE -> new LocalizedText("上限を超えています(" + detail + ")。",
                    "over the limit (" + detail + ").");
            case TOO_MANY_PROBLEMS -> new LocalizedText(
                    "問題が多すぎるため、最初の " + detail + " 件で読み込みを止めました。",
                    "too many problems; reading stopped after the first " + detail + ".");
        };
        return new LocalizedText(where.ja() + ": " + what.ja(), where.en() + ": " + what.en());
    }

    private static String japaneseKind(String kind) {
        return switch (kind) {
            case "text" -> "文字列";
            case "list" -> "配列";
            case "object" -> "オブジェクト";
            default -> kind;
        };
    }
}
