package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shinrai.catalog.LocalizedText;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** JVN XML comes from outside: its entries are read, or the file is reported with a reason, nothing else. */
class JvnReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyBytesAreReadOrReported(FuzzedDataProvider data) {
        List<LocalizedText> problems = new ArrayList<>();
        new JvnReader().readDocument("fuzz.xml", new ByteArrayInputStream(data.consumeRemainingAsBytes()),
                advisory -> assertThat(advisory.id()).isNotBlank(), problems);
        assertThat(problems).allSatisfy(problem -> assertThat(problem.ja()).startsWith("fuzz.xml"));
    }

    @FuzzTest(maxDuration = "30s")
    void anyTextIsACpeUriOrRefused(FuzzedDataProvider data) {
        try {
            assertThat(Cpe.fromUri(data.consumeRemainingAsString()).attributes()).hasSize(Cpe.ATTRIBUTES);
        } catch (InvalidCpeException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
