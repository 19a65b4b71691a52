package io.shinrai.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** The SHA-1 seed of RFC 6238 Appendix B. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private final Totp totp = new Totp(1);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void matchesTheTestVectorsOfRfc6238(long epochSeconds, String expected) {
        long step = Totp.stepAt(Instant.ofEpochSecond(epochSeconds));
        assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(expected);
    }

    @Test
    void acceptsTheCurrentCodeOnceOnly() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String code = Totp.code(RFC_SEED, Totp.stepAt(now), Totp.DIGITS);

        var accepted = totp.verify(RFC_SEED, code, now, -1);
        assertThat(accepted).isPresent();
        assertThat(totp.verify(RFC_SEED, code, now, accepted.getAsLong())).isEmpty();
    }

    @Test
    void acceptsOneStepOfClockDriftButNotTwo() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);

        assertThat(totp.verify(RFC_SEED, Totp.code(RFC_SEED, step - 1, 6), now, -1)).isPresent();
        assertThat(totp.verify(RFC_SEED, Totp.code(RFC_SEED, step + 1, 6), now, -1)).isPresent();
        assertThat(totp.verify(RFC_SEED, Totp.code(RFC_SEED, step - 2, 6), now, -1)).isEmpty();
    }

    @Test
    void rejectsMalformedInput() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        assertThat(totp.verify(RFC_SEED, null, now, -1)).isEmpty();
        assertThat(totp.verify(RFC_SEED, "12345", now, -1)).isEmpty();
        assertThat(totp.verify(RFC_SEED, "12a456", now, -1)).isEmpty();
    }

    @Test
    void provisioningUriCarriesTheBase32SecretAndIssuer() {
        String uri = Totp.provisioningUri("Shinrai", "taro@example.jp", RFC_SEED);
        assertThat(uri).isEqualTo("otpauth://totp/Shinrai:taro%40example.jp"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Shinrai&algorithm=SHA1&digits=6&period=30");
    }
}
