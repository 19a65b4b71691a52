package io.shinrai.catalog;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/** Whatever a catalogue file holds, reading it gives a catalogue or a list of problems, never another failure. */
class CatalogueReaderFuzzTest {

    private final CatalogueReader reader = new CatalogueReader();

    @FuzzTest(maxDuration = "30s")
    void anyFileIsReadOrRefusedWithProblems(FuzzedDataProvider data) throws Exception {
        try {
            reader.read(new ByteArrayInputStream(data.consumeRemainingAsBytes()), "fuzzed.yaml");
        } catch (InvalidCatalogueException refused) {
            // a clear refusal is a correct answer
        }
    }
}
