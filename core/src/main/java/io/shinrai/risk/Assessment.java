package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The risk assessment of one remote service, for the vendor alone or done jointly with a hospital. It keeps the method
 * and the catalogue it was made with: every row's levels are checked against that method's scales, and its assets,
 * threats and vulnerabilities are that catalogue's (see {@link AssessmentVocabulary}). Only a draft can be edited; an
 * accepted version is frozen, and a change to it is made on {@link #nextVersion()}.
 *
 * @param hospital     null when the vendor assesses its service alone
 * @param notApplicable Annex A controls the assessment declares not applicable, with the reason, for the
 *                      Statement of Applicability
 */
public record Assessment(String id, int version, LocalizedText title, String service, String hospital,
        RiskMethod method, RiskCatalogue catalogue, AssessmentState state, List<RiskRow> rows,
        Map<String, LocalizedText> notApplicable) {

    public Assessment {
        rows = List.copyOf(rows);
        notApplicable = Collections.unmodifiableMap(new LinkedHashMap<>(notApplicable));
        if (version < 1) {
            throw new InvalidRiskDataException("版は 1 以上にしてください。", "the version must be 1 or more");
        }
        List<LocalizedText> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RiskRow row : rows) {
            LocalizedText where = where(row);
            if (!ids.add(row.id())) {
                problems.add(new LocalizedText(where.ja() + ": 行の番号が重複しています。", where.en() + ": the row id is used twice"));
            }
            problems.addAll(method.problems(row.value(), row.inherent(), row.residual(), where));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRiskDataException(problems);
        }
    }

    static LocalizedText where(RiskRow row) {
        return new LocalizedText("行 " + row.id(), "row " + row.id());
    }

    /** Every row's risk values under the assessment's method, in the rows' order. */
    public List<RowRisk> risks() {
        List<RowRisk> risks = new ArrayList<>(rows.size());
        for (RiskRow row : rows) {
            int inherent = method.risk(row.value(), row.inherent().threat(), row.inherent().vulnerability());
            int residual = method.risk(row.value(), row.residual().threat(), row.residual().vulnerability());
            risks.add(new RowRisk(row, inherent, method.tier(inherent), residual, method.tier(residual)));
        }
        return risks;
    }

    public Assessment moveTo(AssessmentState next) {
        if (!state.next().contains(next)) {
            throw new InvalidRiskDataException("「" + state.label().ja() + "」から「" + next.label().ja() + "」には進めません。"
                    + (state == AssessmentState.ACCEPTED ? "承認済みの版は確定しています。新しい版を作ってください。" : ""),
                    "an assessment cannot go from " + state.label().en() + " to " + next.label().en()
                            + (state == AssessmentState.ACCEPTED ? "; the accepted version is frozen, create a new version"
                            : ""));
        }
        return new Assessment(id, version, title, service, hospital, method, catalogue, next, rows, notApplicable);
    }

    public Assessment withRows(List<RiskRow> changed) {
        requireDraft();
        return new Assessment(id, version, title, service, hospital, method, catalogue, state, changed,
                notApplicable);
    }

    public Assessment withNotApplicable(Map<String, LocalizedText> changed) {
        requireDraft();
        return new Assessment(id, version, title, service, hospital, method, catalogue, state, rows, changed);
    }

    /**
     * The draft under another method, every risk recalculated; refused, row by row, when a level does not fit the
     * new scales.
     */
    public Assessment withMethod(RiskMethod changed) {
        requireDraft();
        return new Assessment(id, version, title, service, hospital, changed, catalogue, state, rows,
                notApplicable);
    }

    /** A new draft version with this one's content, the way to change an accepted assessment. */
    public Assessment nextVersion() {
        return new Assessment(id, version + 1, title, service, hospital, method, catalogue, AssessmentState.DRAFT,
                rows, notApplicable);
    }

    /** Refuses, with the reason for its state, any change to a version that is not a draft. */
    public void requireDraft() {
        if (state == AssessmentState.ACCEPTED) {
            throw new InvalidRiskDataException("承認済みの版（第 " + version + " 版）は変更できません。新しい版を作って変更してください。",
                    "version " + version + " is accepted and cannot be changed; create a new version to change it");
        }
        if (state != AssessmentState.DRAFT) {
            throw new InvalidRiskDataException("「" + state.label().ja() + "」の版は変更できません。作成中に戻してください。",
                    "a " + state.label().en() + " version cannot be changed; move it back to draft first");
        }
    }
}
