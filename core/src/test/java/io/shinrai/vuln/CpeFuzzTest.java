package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** CPEs come from SBOMs and feeds: each text is a name of eleven attributes, or refused with the reason. */
class CpeFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyTextIsACpeOrRefused(FuzzedDataProvider data) {
        String first = data.consumeString(400);
        String second = data.consumeRemainingAsString();
        try {
            Cpe a = Cpe.parse(first);
            Cpe b = Cpe.parse(second);
            assertThat(a.attributes()).hasSize(Cpe.ATTRIBUTES);
            assertThat(a.compare(b)).hasSize(Cpe.ATTRIBUTES).doesNotContainNull();
        } catch (InvalidCpeException refused) {
            assertThat(refused.getMessage()).startsWith("not a CPE 2.3 formatted string");
        }
    }
}
