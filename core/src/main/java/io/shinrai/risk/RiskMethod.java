package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How an organisation values risk. An assessment keeps the copy it was created with, so a later change of the
 * organisation's method changes no accepted result unless someone recalculates a new version on purpose.
 */
public record RiskMethod(String id, String version, LocalizedText title, Scale confidentiality, Scale integrity,
        Scale availability, Scale threat, Scale vulnerability, Formula formula, AcceptanceThresholds acceptance) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    public RiskMethod {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidRiskDataException("方法の ID「" + id + "」は英小文字・数字・「.」「-」で 64 文字までにしてください。",
                    "method id \"" + id + "\" must be lower-case letters, digits, '.' and '-' (at most 64)");
        }
        if (version == null || version.isBlank()) {
            throw new InvalidRiskDataException("方法の版が必要です。", "the method needs a version");
        }
        if (formula instanceof IpaFormula ipa) {
            ipa.fits(threat, vulnerability);
        }
        if (acceptance.manageUpTo() > maxRisk(confidentiality, integrity, availability, threat, vulnerability, formula)) {
            throw new InvalidRiskDataException("管理下で受容の上限 " + acceptance.manageUpTo() + " がリスク値の最大を超えています。",
                    "acceptance threshold manageUpTo " + acceptance.manageUpTo() + " is above the highest risk value");
        }
    }

    private static int maxRisk(Scale c, Scale i, Scale a, Scale threat, Scale vulnerability, Formula formula) {
        int importance = Math.max(c.top(), Math.max(i.top(), a.top()));
        return importance * formula.likelihoods(threat, vulnerability).stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** The highest asset importance any asset can have. */
    public int topImportance() {
        return Math.max(confidentiality.top(), Math.max(integrity.top(), availability.top()));
    }

    /** Every level of a row outside the scales, naming {@code where} (a row, a cell) in each message. */
    public List<LocalizedText> problems(AssetValue value, Exposure inherent, Exposure residual, LocalizedText where) {
        List<LocalizedText> problems = new ArrayList<>();
        confidentiality.problem(value.confidentiality(), where).ifPresent(problems::add);
        integrity.problem(value.integrity(), where).ifPresent(problems::add);
        availability.problem(value.availability(), where).ifPresent(problems::add);
        LocalizedText before = new LocalizedText(where.ja() + "（対策前）", where.en() + " (inherent)");
        threat.problem(inherent.threat(), before).ifPresent(problems::add);
        vulnerability.problem(inherent.vulnerability(), before).ifPresent(problems::add);
        LocalizedText after = new LocalizedText(where.ja() + "（対策後）", where.en() + " (residual)");
        threat.problem(residual.threat(), after).ifPresent(problems::add);
        vulnerability.problem(residual.vulnerability(), after).ifPresent(problems::add);
        return problems;
    }

    /** The risk value of levels already checked against the scales. */
    public int risk(AssetValue value, int threatLevel, int vulnerabilityLevel) {
        return value.importance() * formula.likelihood(threatLevel, vulnerabilityLevel);
    }

    public AcceptanceTier tier(int risk) {
        return acceptance.tier(risk);
    }
}
