package io.shinrai.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * A key file comes from whoever uploads it: whatever it holds, reading it gives an identity whose key fits its
 * certificate, or an IllegalArgumentException with a reason, never another failure. The stored seeds are a valid
 * PKCS#12 file (password {@value #PASSWORD}) and a PEM file with key and chain, so mutations start from real files.
 */
class TlsIdentityFilesFuzzTest {

    static final String PASSWORD = "fuzz";

    @FuzzTest(maxDuration = "30s")
    void anyPkcs12FileIsReadOrRefused(FuzzedDataProvider data) {
        try {
            TlsIdentity identity = TlsIdentityFiles.readPkcs12(data.consumeRemainingAsBytes(), PASSWORD.toCharArray());
            assertThat(identity.chain()).isNotEmpty();
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    /** Key and chain in one text, as some servers keep them; each is looked for in the whole text. */
    @FuzzTest(maxDuration = "30s")
    void anyPemFileIsReadOrRefused(FuzzedDataProvider data) {
        String pem = new String(data.consumeRemainingAsBytes(), StandardCharsets.US_ASCII);
        try {
            TlsIdentity identity = TlsIdentityFiles.readPem(pem, pem);
            assertThat(identity.chain()).isNotEmpty();
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
