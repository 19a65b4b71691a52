package io.shinrai.server.riskassessment;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.risk.AssetValue;
import io.shinrai.risk.Control;
import io.shinrai.risk.Exposure;
import io.shinrai.risk.InvalidRiskDataException;
import io.shinrai.risk.Responsibility;
import io.shinrai.risk.RiskRow;
import io.shinrai.risk.Treatment;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A row of the risk list as the form sends it, every field as text. Turning it into a {@link RiskRow} refuses what is
 * not a number, a date or a known choice; whether the numbers lie on the scales and the names in the catalogues is
 * core's to judge, with the assessment's method.
 */
record RowForm(String id, String asset, String c, String i, String a, String threat, String vulnerability,
               String inherentThreat, String inherentVulnerability, String controls, String residualThreat,
               String residualVulnerability, String responsibility, String treatment, String owner, String due) {

    RiskRow toRow() {
        List<LocalizedText> problems = new ArrayList<>();
        AssetValue value = new AssetValue(FormText.number(c, "資産価値（機密性）", "asset value (confidentiality)", problems),
                FormText.number(i, "資産価値（完全性）", "asset value (integrity)", problems),
                FormText.number(a, "資産価値（可用性）", "asset value (availability)", problems));
        Exposure inherent = new Exposure(FormText.number(inherentThreat, "脅威（対策前）", "threat (inherent)", problems),
                FormText.number(inherentVulnerability, "脆弱性（対策前）", "vulnerability (inherent)", problems));
        Exposure residual = new Exposure(FormText.number(residualThreat, "脅威（対策後）", "threat (residual)", problems),
                FormText.number(residualVulnerability, "脆弱性（対策後）", "vulnerability (residual)", problems));
        Responsibility who = FormText.choice(Responsibility.class, responsibility, "責任分界", "responsibility",
                problems);
        Treatment what = FormText.choice(Treatment.class, treatment, "リスク対応", "treatment", problems);
        LocalDate dueOn = null;
        if (due != null && !due.isBlank()) {
            try {
                dueOn = LocalDate.parse(due.strip());
            } catch (DateTimeParseException e) {
                problems.add(new LocalizedText("期限「" + due + "」は 2027-03-31 のような日付ではありません。",
                        "due date \"" + due + "\" is not a date such as 2027-03-31"));
            }
        }
        if (id == null || id.isBlank()) {
            problems.add(new LocalizedText("行の番号が必要です。", "a row needs an id"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRiskDataException(problems);
        }
        return new RiskRow(id.strip(), text(asset), value, text(threat), text(vulnerability), inherent,
                controls(controls), residual, who, what, text(owner), dueOn);
    }

    /** As people type them: "8.7, 8.8 rss-sds:7.1", separated by commas, spaces or 、. */
    static List<Control> controls(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,、\\s]+")).filter(part -> !part.isBlank()).map(Control::parse).toList();
    }

    static RowForm of(RiskRow row) {
        return new RowForm(row.id(), row.asset(), Integer.toString(row.value().confidentiality()),
                Integer.toString(row.value().integrity()), Integer.toString(row.value().availability()), row.threat(),
                row.vulnerability(), Integer.toString(row.inherent().threat()),
                Integer.toString(row.inherent().vulnerability()),
                String.join(", ", row.controls().stream().map(Control::text).toList()),
                Integer.toString(row.residual().threat()), Integer.toString(row.residual().vulnerability()),
                row.responsibility().name(), row.treatment().name(), row.owner(),
                row.due() == null ? "" : row.due().toString());
    }

    private static String text(String text) {
        return text == null ? "" : text.strip();
    }
}
