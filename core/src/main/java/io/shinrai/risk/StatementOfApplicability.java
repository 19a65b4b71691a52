package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 適用宣言書, derived from an assessment rather than kept beside it, so it cannot disagree with the risk list: a control
 * applies when a row relies on it; otherwise the assessment's stated reason, or that no risk of the service calls for
 * it.
 */
public record StatementOfApplicability(List<Applicability> controls) {

    private static final LocalizedText NOT_USED = new LocalizedText(
            "このサービスのリスク対応では用いていない。", "no risk of this service is treated with it");

    public StatementOfApplicability {
        controls = List.copyOf(controls);
    }

    public static StatementOfApplicability of(Assessment assessment, AnnexA annexA) {
        Map<String, List<String>> rowsByControl = new LinkedHashMap<>();
        for (RiskRow row : assessment.rows()) {
            for (Control control : row.controls()) {
                if (control instanceof Control.AnnexAControl annex) {
                    List<String> rows = rowsByControl.computeIfAbsent(annex.id(), id -> new ArrayList<>());
                    if (!rows.contains(row.id())) {
                        rows.add(row.id());
                    }
                }
            }
        }
        List<Applicability> lines = new ArrayList<>();
        for (RiskTerm control : annexA.all()) {
            List<String> rows = rowsByControl.getOrDefault(control.id(), List.of());
            if (!rows.isEmpty()) {
                String list = String.join(", ", rows);
                lines.add(new Applicability(control, true, new LocalizedText("リスク対応に用いる（" + list + "）。",
                        "treats the risks " + list), rows));
            } else {
                lines.add(new Applicability(control, false,
                        assessment.notApplicable().getOrDefault(control.id(), NOT_USED), rows));
            }
        }
        return new StatementOfApplicability(lines);
    }

    public long applicableCount() {
        return controls.stream().filter(Applicability::applicable).count();
    }
}
