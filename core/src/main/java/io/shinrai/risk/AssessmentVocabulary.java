package io.shinrai.risk;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names an assessment may use: assets, threats and vulnerabilities of the catalogue it keeps, Annex A controls,
 * and the items of the disclosure catalogues. A name outside them is refused rather than kept, so that a typing
 * mistake cannot leave a row without the control it claims.
 */
public record AssessmentVocabulary(AnnexA annexA, CatalogueLibrary disclosures) {

    /** @throws InvalidRiskDataException with every unknown name, row by row */
    public void check(Assessment assessment) {
        List<LocalizedText> problems = new ArrayList<>();
        for (RiskRow row : assessment.rows()) {
            problems.addAll(problems(row, assessment.catalogue()));
        }
        Set<String> used = assessment.rows().stream().flatMap(row -> row.controls().stream())
                .map(Control::text).collect(Collectors.toSet());
        for (Map.Entry<String, LocalizedText> excluded : assessment.notApplicable().entrySet()) {
            String id = excluded.getKey();
            if (annexA.find(id).isEmpty()) {
                problems.add(new LocalizedText("適用除外: 管理策「" + id + "」は附属書 A にありません。",
                        "not applicable: \"" + id + "\" is not an Annex A control"));
            } else if (used.contains(id)) {
                problems.add(new LocalizedText("適用除外: 管理策 " + id + " はリスク一覧で使われています。",
                        "not applicable: control " + id + " is used in the risk list"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRiskDataException(problems);
        }
    }

    /**
     * The unknown names of one row, each with the row's id; its asset, threat and vulnerability must be in
     * {@code catalogue}.
     */
    public List<LocalizedText> problems(RiskRow row, RiskCatalogue catalogue) {
        LocalizedText where = Assessment.where(row);
        List<LocalizedText> problems = new ArrayList<>();
        if (catalogue.asset(row.asset()).isEmpty()) {
            problems.add(unknown(where, "資産", "asset", row.asset(), catalogue));
        }
        if (catalogue.threat(row.threat()).isEmpty()) {
            problems.add(unknown(where, "脅威", "threat", row.threat(), catalogue));
        }
        if (catalogue.vulnerability(row.vulnerability()).isEmpty()) {
            problems.add(unknown(where, "脆弱性", "vulnerability", row.vulnerability(), catalogue));
        }
        for (Control control : row.controls()) {
            if (control instanceof Control.AnnexAControl annex && annexA.find(annex.id()).isEmpty()) {
                problems.add(new LocalizedText(where.ja() + ": 管理策「" + annex.id()
                        + "」は ISO/IEC 27001:2022 附属書 A にありません（5.1〜5.37、6.1〜6.8、7.1〜7.14、8.1〜8.34）。",
                        where.en() + ": \"" + annex.id() + "\" is not an ISO/IEC 27001:2022 Annex A control "
                                + "(5.1-5.37, 6.1-6.8, 7.1-7.14, 8.1-8.34)"));
            }
            if (control instanceof Control.DisclosureItem item && !disclosureItemExists(item)) {
                problems.add(new LocalizedText(where.ja() + ": 開示書の項目「" + item.text() + "」はありません。",
                        where.en() + ": there is no disclosure item \"" + item.text() + "\""));
            }
        }
        return problems;
    }

    private boolean disclosureItemExists(Control.DisclosureItem item) {
        return disclosures.all().stream().filter(known -> known.id().equals(item.catalogue()))
                .map(Catalogue::allItems).anyMatch(items -> items.stream().anyMatch(i -> i.ref().equals(item.ref())));
    }

    private static LocalizedText unknown(LocalizedText where, String ja, String en, String id,
                                         RiskCatalogue catalogue) {
        return new LocalizedText(where.ja() + ": " + ja + "「" + id + "」はカタログ " + catalogue.id() + " にありません。",
                where.en() + ": " + en + " \"" + id + "\" is not in catalogue " + catalogue.id());
    }
}
