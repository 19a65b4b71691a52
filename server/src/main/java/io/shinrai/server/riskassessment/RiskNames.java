package io.shinrai.server.riskassessment;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.risk.AnnexA;
import io.shinrai.risk.AssessmentVocabulary;
import io.shinrai.risk.RiskCatalogue;
import io.shinrai.risk.RiskTerm;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What pages call the ids a row holds: the catalogue's names of assets, threats and vulnerabilities. */
@Component
public class RiskNames {

    private final RiskCatalogue catalogue;
    private final AnnexA annexA;

    RiskNames(AssessmentVocabulary vocabulary) {
        this.catalogue = vocabulary.catalogue();
        this.annexA = vocabulary.annexA();
    }

    public LocalizedText asset(String id) {
        return name(catalogue.asset(id), id);
    }

    public LocalizedText threat(String id) {
        return name(catalogue.threat(id), id);
    }

    public LocalizedText vulnerability(String id) {
        return name(catalogue.vulnerability(id), id);
    }

    public RiskCatalogue catalogue() {
        return catalogue;
    }

    public List<RiskTerm> controls() {
        return annexA.all();
    }

    private static LocalizedText name(Optional<RiskTerm> term, String id) {
        return term.map(RiskTerm::name).orElse(new LocalizedText(id, id));
    }
}
