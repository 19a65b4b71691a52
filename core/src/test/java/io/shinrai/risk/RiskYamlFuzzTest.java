package io.shinrai.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shinrai.catalog.CatalogueLibrary;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;

/**
 * Whatever a method, catalogue or assessment file holds, reading it gives a method, a catalogue or an assessment, or
 * problems in both languages; never another failure. Seeded with the built-in method and catalogue and the TLS
 * sample, once as shipped and once with its catalogue written in.
 */
class RiskYamlFuzzTest {

    static AssessmentReader assessments;

    @BeforeAll
    static void load() throws Exception {
        assessments = new AssessmentReader(RiskMethodLibrary.builtIn(), new AssessmentVocabulary(
                AnnexA.controls(), CatalogueLibrary.load(null)));
    }

    @FuzzTest(maxDuration = "30s")
    void anyMethodFileIsReadOrRefusedWithProblems(FuzzedDataProvider data) {
        try {
            RiskMethod method = new RiskMethodReader().read(data.consumeRemainingAsBytes());
            assertThat(method.acceptance().manageUpTo()).isGreaterThanOrEqualTo(method.acceptance().acceptUpTo());
        } catch (InvalidRiskDataException refused) {
            assertThat(refused.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.ja()).isNotBlank();
                assertThat(problem.en()).isNotBlank();
            });
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anyCatalogueFileIsReadOrRefusedWithProblems(FuzzedDataProvider data) {
        try {
            RiskCatalogue catalogue = RiskCatalogue.read(data.consumeRemainingAsBytes());
            assertThat(catalogue.assets()).isNotEmpty();
            assertThat(RiskCatalogue.read(new RiskYamlWriter().write(catalogue).getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(catalogue);
        } catch (InvalidRiskDataException refused) {
            assertThat(refused.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.ja()).isNotBlank();
                assertThat(problem.en()).isNotBlank();
            });
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anyAssessmentFileIsReadOrRefusedWithProblems(FuzzedDataProvider data) {
        try {
            Assessment assessment = assessments.read(data.consumeRemainingAsBytes());
            assertThat(assessment.risks()).hasSameSizeAs(assessment.rows());
        } catch (InvalidRiskDataException refused) {
            assertThat(refused.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.ja()).isNotBlank();
                assertThat(problem.en()).isNotBlank();
            });
        }
    }
}
