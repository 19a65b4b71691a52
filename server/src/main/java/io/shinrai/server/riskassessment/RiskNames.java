package io.shinrai.server.riskassessment;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.risk.AnnexA;
import io.shinrai.risk.RiskCatalogue;
import io.shinrai.risk.RiskTerm;
import java.util.List;
import java.util.Optional;

/** What pages call the ids a row holds: the names in the assessment's own catalogue, and the Annex A controls. */
public record RiskNames(RiskCatalogue catalogue, AnnexA annexA) {

    public LocalizedText asset(String id) {
        return name(catalogue.asset(id), id);
    }

    public LocalizedText threat(String id) {
        return name(catalogue.threat(id), id);
    }

    public LocalizedText vulnerability(String id) {
        return name(catalogue.vulnerability(id), id);
    }

    public List<RiskTerm> controls() {
        return annexA.all();
    }

    private static LocalizedText name(Optional<RiskTerm> term, String id) {
        return term.map(RiskTerm::name).orElse(new LocalizedText(id, id));
    }
}
