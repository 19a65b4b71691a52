package io.shinrai.server.riskassessment;

import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.risk.AnnexA;
import io.shinrai.risk.AssessmentReader;
import io.shinrai.risk.AssessmentVocabulary;
import io.shinrai.risk.RiskMethodLibrary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The built-in methods and the names every assessment may use besides its own catalogue: Annex A, the disclosures. */
@Configuration
class RiskConfiguration {

    @Bean
    RiskMethodLibrary riskMethodLibrary() {
        return RiskMethodLibrary.builtIn();
    }

    @Bean
    AssessmentVocabulary assessmentVocabulary(CatalogueLibrary catalogues) {
        return new AssessmentVocabulary(AnnexA.controls(), catalogues);
    }

    @Bean
    AssessmentReader assessmentReader(RiskMethodLibrary methods, AssessmentVocabulary vocabulary) {
        return new AssessmentReader(methods, vocabulary);
    }
}
