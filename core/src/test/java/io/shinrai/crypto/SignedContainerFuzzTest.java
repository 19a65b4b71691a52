package io.shinrai.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** A signed container comes from whoever sent it: it is read, or refused with a reason, and nothing else. */
class SignedContainerFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyFileIsReadOrRefusedWithAReason(FuzzedDataProvider data) {
        try {
            SignedContainer container = SignedContainer.read(data.consumeRemainingAsBytes());
            assertThat(container.document().length).isLessThanOrEqualTo(SignedContainer.MAX_DOCUMENT_BYTES);
            assertThat(container.verify().reason()).isNotBlank();
        } catch (SignedContainer.UnusableContainerException refused) {
            assertThat(refused.problem()).isNotNull();
        }
    }
}
