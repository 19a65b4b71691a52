package io.shinrai.disclosure.json;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/** Whatever a disclosure file holds, reading it gives a disclosure or a list of problems, never another failure. */
class DisclosureJsonFuzzTest {

    private final DisclosureJson json = new DisclosureJson();

    @FuzzTest(maxDuration = "30s")
    void anyFileIsReadOrRefusedWithProblems(FuzzedDataProvider data) throws Exception {
        try {
            json.read(new ByteArrayInputStream(data.consumeRemainingAsBytes()));
        } catch (InvalidDisclosureException refused) {
            // a clear refusal is a correct answer
        }
    }
}
