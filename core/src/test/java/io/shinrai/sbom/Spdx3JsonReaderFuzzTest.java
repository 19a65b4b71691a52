package io.shinrai.sbom;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Whatever bytes arrive as SPDX 3 JSON-LD, reading gives a document or placed problems, never another failure. */
class Spdx3JsonReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyBytesAreReadOrRefusedWithProblems(FuzzedDataProvider data) throws Exception {
        FuzzedSbom.readOrRefuse(new Spdx3JsonReader(), data.consumeRemainingAsBytes());
    }
}
