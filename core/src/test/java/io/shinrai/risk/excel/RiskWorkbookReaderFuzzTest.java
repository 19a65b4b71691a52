package io.shinrai.risk.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shinrai.disclosure.excel.UnreadableWorkbookException;
import io.shinrai.risk.Assessment;
import io.shinrai.risk.InvalidRiskDataException;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.BeforeAll;

/**
 * Whatever a workbook holds, reading it gives the assessment with its rows, or problems in both languages, or a
 * refusal of the file; never another failure. The seed is the exported TLS sample.
 */
class RiskWorkbookReaderFuzzTest {

    @BeforeAll
    static void load() throws Exception {
        RiskWorkbookTest.load();
    }

    @FuzzTest(maxDuration = "30s")
    void anyWorkbookIsReadOrRefusedClearly(FuzzedDataProvider data) throws Exception {
        Assessment draft = RiskWorkbookTest.sample;
        try {
            Assessment read = new RiskWorkbookReader(RiskWorkbookTest.vocabulary)
                    .read(new ByteArrayInputStream(data.consumeRemainingAsBytes()), draft);
            assertThat(read.id()).isEqualTo(draft.id());
            assertThat(read.rows().size()).isLessThanOrEqualTo(RiskWorkbookLayout.MAX_ROWS);
        } catch (InvalidRiskDataException refused) {
            assertThat(refused.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.ja()).isNotBlank();
                assertThat(problem.en()).isNotBlank();
            });
        } catch (UnreadableWorkbookException refused) {
            assertThat(refused.refusal().message().ja()).isNotBlank();
        }
    }
}
