package io.shinrai.disclosure.excel;

import io.shinrai.catalog.LocalizedText;

/**
 * A readable workbook in which no sheet has the columns of a checklist (item number, question, answer) and rows
 * with item numbers under them.
 */
public class JahisFormNotFoundException extends Exception {

    public static final LocalizedText MESSAGE = new LocalizedText(
            "「項番」「質問」「回答」の列見出しと、項番のある行を持つシートが見つかりません。",
            "No sheet has the column headers of a checklist, item number (項番), question (質問) and answer (回答),"
                    + " with numbered rows below them.");

    public JahisFormNotFoundException() {
        super(MESSAGE.en());
    }
}
