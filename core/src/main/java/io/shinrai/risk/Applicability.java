package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;
import java.util.List;

/** One line of the Statement of Applicability: an Annex A control, whether it applies, why, and the rows using it. */
public record Applicability(RiskTerm control, boolean applicable, LocalizedText reason, List<String> rows) {

    public Applicability {
        rows = List.copyOf(rows);
    }
}
