package io.shinrai.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * A .p7s comes from whoever sent the document: whatever it holds, verifying answers with a verdict and never
 * fails otherwise. The stored seed is a valid signature over {@link #DOCUMENT}, so mutations reach deep into CMS.
 */
class DetachedSignatureFuzzTest {

    static final byte[] DOCUMENT = "{\"disclosure\": \"seed\"}".getBytes(StandardCharsets.UTF_8);

    @FuzzTest(maxDuration = "30s")
    void anySignatureFileGetsAVerdict(FuzzedDataProvider data) {
        SignatureVerdict verdict = DetachedSignature.verify(DOCUMENT, data.consumeRemainingAsBytes());

        assertThat(verdict.reason()).isNotBlank();
        if (verdict.valid()) {
            assertThat(verdict.signer()).isPresent();
        }
    }
}
