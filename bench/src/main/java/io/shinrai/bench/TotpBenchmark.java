package io.shinrai.bench;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.shinrai.crypto.Totp;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Checking a one-time password at login, with one step of clock drift allowed. A valid current code matches at
 * the second step tried; an invalid code is compared with all three steps of the window. The peer, java-otp,
 * only generates codes, so its check is the same loop over the three steps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TotpBenchmark {

    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
    private static final long NEVER_USED = -1;

    private final Totp totp = new Totp(1);
    private final byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private final TimeBasedOneTimePasswordGenerator peer = new TimeBasedOneTimePasswordGenerator();
    private final Key peerKey = new SecretKeySpec(secret, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    private String validCode;
    private String staleCode;

    @Setup
    public void setUp() throws InvalidKeyException {
        long step = Totp.stepAt(NOW);
        validCode = Totp.code(secret, step, Totp.DIGITS);
        staleCode = Totp.code(secret, step - 10, Totp.DIGITS);
        if (totp.verify(secret, validCode, NOW, NEVER_USED).isEmpty()
                || totp.verify(secret, staleCode, NOW, NEVER_USED).isPresent()
                || !peerVerify(validCode) || peerVerify(staleCode)) {
            throw new IllegalStateException("the codes do not measure what their names say");
        }
    }

    @Benchmark
    public OptionalLong verifyValidCode() {
        return totp.verify(secret, validCode, NOW, NEVER_USED);
    }

    @Benchmark
    public OptionalLong verifyInvalidCode() {
        return totp.verify(secret, staleCode, NOW, NEVER_USED);
    }

    @Benchmark
    public boolean peerVerifyValidCode() throws InvalidKeyException {
        return peerVerify(validCode);
    }

    @Benchmark
    public boolean peerVerifyInvalidCode() throws InvalidKeyException {
        return peerVerify(staleCode);
    }

    private boolean peerVerify(String code) throws InvalidKeyException {
        for (long drift = -1; drift <= 1; drift++) {
            Instant time = NOW.plusSeconds(drift * Totp.STEP_SECONDS);
            if (peer.generateOneTimePasswordString(peerKey, time, Locale.ROOT).equals(code)) {
                return true;
            }
        }
        return false;
    }
}
