package io.shinrai.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;

/**
 * Typed-in codes and pasted secrets come from people: whatever they hold, parsing either answers or rejects
 * cleanly. Runs the stored inputs in a normal build; JAZZER_FUZZ=1 explores further.
 */
class OneTimeCodeInputFuzzTest {

    private final Totp totp = new Totp(1);

    @FuzzTest
    void base32DecodesWhatItEncodedAndRejectsTheRestCleanly(FuzzedDataProvider data) {
        byte[] bytes = data.consumeBytes(64);
        assertThat(Base32.decode(Base32.encode(bytes))).isEqualTo(bytes);
        String text = data.consumeRemainingAsString();
        try {
            Base32.decode(text);
        } catch (IllegalArgumentException rejected) {
            assertThat(rejected).hasMessageContaining("base 32");
        }
    }

    @FuzzTest
    void anyTypedCodeIsAnsweredWithoutAnError(FuzzedDataProvider data) {
        byte[] secret = data.consumeBytes(20);
        String typed = data.consumeRemainingAsString();
        totp.verify(secret.length == 0 ? new byte[] {1} : secret, typed, Instant.ofEpochSecond(1_700_000_000L), -1);
    }
}
