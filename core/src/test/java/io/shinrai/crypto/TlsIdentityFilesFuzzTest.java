package io.shinrai.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * A key file comes from whoever uploads it: whatever it holds, reading it gives an identity whose key fits its
 * certificate, or an IllegalArgumentException with a reason, never another failure.
 */
class TlsIdentityFilesFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyPkcs12FileIsReadOrRefused(FuzzedDataProvider data) {
        char[] password = data.consumeString(16).toCharArray();
        try {
            TlsIdentity identity = TlsIdentityFiles.readPkcs12(data.consumeRemainingAsBytes(), password);
            assertThat(identity.chain()).isNotEmpty();
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anyPemPairIsReadOrRefused(FuzzedDataProvider data) {
        String key = data.consumeString(4096);
        try {
            TlsIdentity identity = TlsIdentityFiles.readPem(key, data.consumeRemainingAsString());
            assertThat(identity.chain()).isNotEmpty();
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
