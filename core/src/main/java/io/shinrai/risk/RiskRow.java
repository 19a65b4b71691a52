package io.shinrai.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the risk list: an asset with its value, a threat meeting a vulnerability, the levels before and after
 * the controls, and who does what by when. Risk values are not kept here; the assessment's method computes them, so
 * they follow a change of method.
 *
 * @param due null when no date is agreed
 */
public record RiskRow(String id, String asset, AssetValue value, String threat, String vulnerability,
        Exposure inherent, List<Control> controls, Exposure residual, Responsibility responsibility,
        Treatment treatment, String owner, LocalDate due) {

    public RiskRow {
        controls = List.copyOf(controls);
        if (id == null || id.isBlank()) {
            throw new InvalidRiskDataException("行の番号が必要です。", "a row needs an id");
        }
    }
}
