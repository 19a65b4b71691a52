package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shinrai.catalog.LocalizedText;
import java.io.ByteArrayInputStream;
import java.util.List;

/** Archives of any format and vers ranges come from outside: read, or refused with a reason, nothing else. */
class AdvisoryReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyArchiveIsReadOrRefusedWithAReason(FuzzedDataProvider data) throws Exception {
        try {
            List<LocalizedText> problems = new AdvisoryReader().readArchive("fuzz.zip",
                    new ByteArrayInputStream(data.consumeRemainingAsBytes()),
                    advisory -> assertThat(advisory.id()).isNotBlank());
            assertThat(problems).allSatisfy(problem -> assertThat(problem.en()).startsWith("fuzz.zip!"));
        } catch (UnreadableAdvisoryException refused) {
            assertThat(refused.reason().en()).startsWith("fuzz.zip");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anyVersTextIsARangeOrRefused(FuzzedDataProvider data) {
        try {
            VersRange range = VersRange.parse(data.consumeRemainingAsString());
            range.osvRange().ifPresent(osv -> assertThat(osv.events()).isNotEmpty());
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
