package io.shinrai.sbom;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Whatever bytes arrive as SPDX JSON, reading gives a document or placed problems, never another failure. */
class SpdxJsonReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyBytesAreReadOrRefusedWithProblems(FuzzedDataProvider data) throws Exception {
        FuzzedSbom.readOrRefuse(new SpdxJsonReader(), data.consumeRemainingAsBytes());
    }
}
