package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shinrai.catalog.LocalizedText;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** VEX and CSAF documents come from outside: read, refused with a reason, or validated, never another failure. */
class CsafFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyJsonIsValidatedWithPlacedProblems(FuzzedDataProvider data) {
        assertThat(CsafValidator.validate(data.consumeRemainingAsBytes()))
                .allSatisfy(problem -> assertThat(problem.message().ja()).isNotBlank());
    }

    @FuzzTest(maxDuration = "30s")
    void anyJsonIsCsafVexOrRefusedWithAReason(FuzzedDataProvider data) throws Exception {
        List<LocalizedText> problems = new ArrayList<>();
        try {
            CsafVex.read(new ByteArrayInputStream(data.consumeRemainingAsBytes()), "fuzz.json", problems)
                    .forEach(statement -> assertThat(statement.vulnerability()).isNotBlank());
        } catch (UnreadableAdvisoryException refused) {
            assertThat(refused.reason().ja()).startsWith("fuzz.json");
        }
        assertThat(problems).allSatisfy(problem -> assertThat(problem.en()).startsWith("fuzz.json"));
    }

    @FuzzTest(maxDuration = "30s")
    void anyJsonIsCycloneDxVexOrRefusedWithAReason(FuzzedDataProvider data) throws Exception {
        List<LocalizedText> problems = new ArrayList<>();
        try {
            CycloneDxVex.read(new ByteArrayInputStream(data.consumeRemainingAsBytes()), "fuzz.json", problems)
                    .forEach(statement -> assertThat(statement.subject()).isNotNull());
        } catch (UnreadableAdvisoryException refused) {
            assertThat(refused.reason().ja()).startsWith("fuzz.json");
        }
        assertThat(problems).allSatisfy(problem -> assertThat(problem.en()).startsWith("fuzz.json"));
    }
}
