package io.shinrai.sbom;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Whatever bytes arrive as SPDX tag-value, reading gives a document or placed problems, never another failure. */
class SpdxTagValueReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyBytesAreReadOrRefusedWithProblems(FuzzedDataProvider data) throws Exception {
        FuzzedSbom.readOrRefuse(new SpdxTagValueReader(), data.consumeRemainingAsBytes());
    }
}
