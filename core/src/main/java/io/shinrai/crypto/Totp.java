package io.shinrai.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) with HMAC-SHA1, 6 digits and a 30 second step: the parameters
 * that every authenticator app understands.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    private static final int SECRET_BYTES = 20;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    /** How many steps before and after the current one are accepted, for clocks that drift a little. */
    private final int allowedDriftSteps;

    public Totp(int allowedDriftSteps) {
        if (allowedDriftSteps < 0 || allowedDriftSteps > 10) {
            throw new IllegalArgumentException("drift must be between 0 and 10 steps");
        }
        this.allowedDriftSteps = allowedDriftSteps;
    }

    public static byte[] newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    public static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The code shown by an authenticator for the given time step. */
    public static String code(byte[] secret, long step, int digits) {
        byte[] hash = hmacSha1(secret, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        String digitsText = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - digitsText.length()) + digitsText;
    }

    /**
     * Finds the time step whose code matches, looking only at steps later than {@code lastUsedStep} so that a
     * code, once accepted, is never accepted again (replay protection).
     *
     * @return the matching step, to be remembered as the new last used step; empty when the code does not match
     */
    public OptionalLong verify(byte[] secret, String candidate, Instant now, long lastUsedStep) {
        if (candidate == null) {
            return OptionalLong.empty();
        }
        String code = candidate.replace(" ", "");
        if (code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - allowedDriftSteps; step <= current + allowedDriftSteps; step++) {
            if (step > lastUsedStep && MessageDigest.isEqual(
                    code(secret, step, DIGITS).getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The provisioning URI that authenticator apps read from a QR code (Key Uri Format). */
    public static String provisioningUri(String issuer, String accountName, byte[] secret) {
        String label = UriText.encode(issuer) + ":" + UriText.encode(accountName);
        return "otpauth://totp/" + label
                + "?secret=" + Base32.encode(secret)
                + "&issuer=" + UriText.encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static byte[] hmacSha1(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is required of every Java runtime", e);
        }
    }
}
