package io.shinrai.disclosure.excel;

import io.shinrai.catalog.LocalizedText;
import java.util.List;
import java.util.stream.Collectors;

/** A readable workbook that is not an MDS2 form: no MDS2 sheet, or no question IDs on it. */
public class Mds2LayoutException extends Exception {

    private final LocalizedText reason;

    private Mds2LayoutException(LocalizedText reason) {
        super(reason.en());
        this.reason = reason;
    }

    static Mds2LayoutException noMds2Sheet(List<String> sheetNames) {
        String ja = sheetNames.isEmpty() ? "なし"
                : sheetNames.stream().map(name -> "「" + name + "」").collect(Collectors.joining("、"));
        String en = sheetNames.isEmpty() ? "none"
                : sheetNames.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
        return new Mds2LayoutException(new LocalizedText(
                "MDS2 のシート(名前に「MDS2」を含むシート)がありません。ブックのシート: " + ja,
                "The workbook has no MDS2 sheet (a sheet whose name contains \"MDS2\"). Its sheets: " + en));
    }

    static Mds2LayoutException noQuestionIds(String sheetName) {
        return new Mds2LayoutException(new LocalizedText(
                "シート「" + sheetName + "」の A 列に MDS2 の質問ID(DOC-1 など)がありません。",
                "The sheet \"" + sheetName + "\" has no MDS2 question ID (such as DOC-1) in column A."));
    }

    /** Why, in the words of the person who uploaded the file. */
    public LocalizedText reason() {
        return reason;
    }
}
