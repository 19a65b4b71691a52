package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shinrai.catalog.LocalizedText;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** Advisory data comes from outside: a file is read or refused with a reason, an archive likewise, nothing else. */
class OsvReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyJsonIsAnAdvisoryOrRefusedWithAReason(FuzzedDataProvider data) {
        try {
            Advisory advisory = OsvReader.advisory(data.consumeRemainingAsBytes(), "fuzz.json");
            assertThat(advisory.id()).isNotBlank();
            assertThat(advisory.modified()).isNotNull();
        } catch (UnreadableAdvisoryException refused) {
            assertThat(refused.reason().ja()).startsWith("fuzz.json: ");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anyArchiveIsReadOrRefusedWithAReason(FuzzedDataProvider data) throws Exception {
        List<Advisory> read = new ArrayList<>();
        try {
            List<LocalizedText> problems = new OsvReader().readArchive("fuzz.zip",
                    new ByteArrayInputStream(data.consumeRemainingAsBytes()), read::add);
            assertThat(problems).allSatisfy(problem -> assertThat(problem.en()).startsWith("fuzz.zip!"));
        } catch (UnreadableAdvisoryException refused) {
            assertThat(refused.reason().en()).startsWith("fuzz.zip");
        }
    }
}
