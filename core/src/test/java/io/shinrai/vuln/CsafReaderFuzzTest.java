package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shinrai.catalog.LocalizedText;
import java.util.ArrayList;
import java.util.List;

/** A CSAF document comes from outside: its advisories are read, or it is refused with a reason, nothing else. */
class CsafReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyJsonIsReadOrRefusedWithAReason(FuzzedDataProvider data) {
        List<LocalizedText> problems = new ArrayList<>();
        try {
            List<Advisory> advisories = CsafReader.advisories(data.consumeRemainingAsBytes(), "fuzz.json", problems);
            assertThat(advisories).allSatisfy(advisory -> assertThat(advisory.id()).isNotBlank());
            assertThat(problems).allSatisfy(problem -> assertThat(problem.ja()).startsWith("fuzz.json "));
        } catch (UnreadableAdvisoryException refused) {
            assertThat(refused.reason().ja()).startsWith("fuzz.json");
        }
    }
}
