package io.shinrai.disclosure.excel;

import io.shinrai.catalog.Catalogue;

/**
 * Where things are in Shinrai's workbook of a JAHIS-style disclosure (MDS, SDS and the other yes/no checklists);
 * the writer and the reader share it. The 入力 sheet is filled in, the 印刷 sheet shows the same rows by formula
 * and is the one to print.
 */
final class JahisLayout {

    static final String INPUT_SHEET = "入力";
    static final String PRINT_SHEET = "印刷";

    static final int NUMBER = 0;
    static final int QUESTION = 1;
    static final int ANSWER = 2;
    static final int REMARKS = 3;
    static final int NOTES = 4;
    static final int LAST_COLUMN = NOTES;
    /** Column widths in characters, numbered A to E. */
    static final int[] WIDTHS = {9, 58, 11, 40, 8};

    static final String NUMBER_HEADER = "項番";
    static final String QUESTION_HEADER = "質問";
    static final String ANSWER_HEADER = "回答";
    static final String REMARKS_HEADER = "備考";
    static final String NOTES_HEADER = "注記";

    static final String CREATED_ON = "作成日";
    static final String VERSION = "バージョン";
    static final String DOCUMENT_ID = "文書ID";
    static final String OPTIONS_HEADING = "使用する機能";
    static final String SHARED_NOTES_HEADING = "共通の注記";

    /**
     * Stands in the answer cell of an item that is not asked because its option is not in use, so that it is not
     * taken for one still to be answered. It is never an answer: the reader of Shinrai's own workbooks reads it as
     * no answer.
     */
    static final String NOT_ASKED = "—";

    private JahisLayout() {
    }

    static String vendorLabel(Catalogue catalogue) {
        return catalogue.describesAService() ? "サービス事業者" : "製造業者";
    }

    static String productLabel(Catalogue catalogue) {
        return catalogue.describesAService() ? "サービス名称" : "製品名称";
    }
}
