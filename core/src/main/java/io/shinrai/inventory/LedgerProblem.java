package io.shinrai.inventory;

import io.shinrai.catalog.LocalizedText;
import java.util.Locale;

/** Why one row of a ledger file cannot be taken; rows are numbered as the spreadsheet shows them. */
public record LedgerProblem(int row, LocalizedText message) {

    public String in(Locale locale) {
        return new LocalizedText(row + "行目: " + message.ja(), "row " + row + ": " + message.en()).in(locale);
    }
}
