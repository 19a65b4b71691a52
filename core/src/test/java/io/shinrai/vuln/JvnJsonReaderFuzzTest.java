package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shinrai.catalog.LocalizedText;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** MyJVN JSON comes from outside: its entries are read, or reported with a reason, nothing else. */
class JvnJsonReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyBytesAreReadOrReported(FuzzedDataProvider data) {
        List<LocalizedText> problems = new ArrayList<>();
        new JvnJsonReader().readDocument("fuzz.json", new ByteArrayInputStream(data.consumeRemainingAsBytes()),
                advisory -> assertThat(advisory.id()).isNotBlank(), problems);
        assertThat(problems).allSatisfy(problem -> assertThat(problem.ja()).startsWith("fuzz.json"));
    }
}
