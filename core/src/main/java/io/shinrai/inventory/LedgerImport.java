package io.shinrai.inventory;

import java.util.List;

/** What a ledger file holds: its entries, and the rows that cannot be taken. Usable only without problems. */
public record LedgerImport(List<LedgerEntry> entries, List<LedgerProblem> problems) {

    public LedgerImport {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    public boolean usable() {
        return problems.isEmpty();
    }
}
