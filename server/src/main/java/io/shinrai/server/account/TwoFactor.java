package io.shinrai.server.account;

import io.shinrai.crypto.Base32;
import io.shinrai.crypto.Sha256;
import io.shinrai.crypto.Totp;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TOTP two-factor sign-in: enrolment, verification with replay protection, and one-time recovery codes. */
@Service
public class TwoFactor {

    public static final String ISSUER = "Shinrai";
    private static final int RECOVERY_CODE_COUNT = 10;
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final Totp totp = new Totp(1);
    private final SecureRandom random = new SecureRandom();
    private final UserAccountRepository users;
    private final JdbcClient jdbc;
    private final Clock clock;

    TwoFactor(UserAccountRepository users, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A fresh secret, in base 32, that the person scans before proving it with a first code. */
    public String newSecret() {
        return Base32.encode(Totp.newSecret(random));
    }

    public String provisioningUri(String email, String secret) {
        return Totp.provisioningUri(ISSUER, email, Base32.decode(secret));
    }

    /**
     * Turns two-factor sign-in on once the person has typed a valid code for the new secret.
     *
     * @return the recovery codes, to be shown once; empty when the code was wrong
     */
    @Transactional
    public List<String> confirmEnrolment(UUID userId, String secret, String code) {
        OptionalLong step = totp.verify(Base32.decode(secret), code, clock.instant(), -1);
        if (step.isEmpty()) {
            return List.of();
        }
        users.updateTotp(userId, secret, step.getAsLong());
        return replaceRecoveryCodes(userId);
    }

    /** Accepts a current TOTP code not used before, or an unused recovery code. */
    @Transactional
    public boolean verify(UserAccount user, String code) {
        if (!user.hasTwoFactor() || code == null) {
            return false;
        }
        OptionalLong step = totp.verify(Base32.decode(user.totpSecret()), code, clock.instant(), user.totpLastStep());
        if (step.isPresent()) {
            return users.advanceTotpStep(user.id(), step.getAsLong());
        }
        return useRecoveryCode(user.id(), code);
    }

    @Transactional
    public List<String> replaceRecoveryCodes(UUID userId) {
        jdbc.sql("delete from recovery_code where user_id = :userId").param("userId", userId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODE_COUNT; i++) {
            String code = newRecoveryCode();
            codes.add(code);
            jdbc.sql("insert into recovery_code (user_id, code_hash) values (:userId, :hash)")
                    .param("userId", userId).param("hash", Sha256.hex(code)).update();
        }
        return codes;
    }

    public int unusedRecoveryCodes(UUID userId) {
        return jdbc.sql("select count(*) from recovery_code where user_id = :userId and used_at is null")
                .param("userId", userId).query(Integer.class).single();
    }

    /** Removes the second factor, for a person who lost both the authenticator and the recovery codes. */
    @Transactional
    public void reset(UUID userId) {
        users.updateTotp(userId, null, -1);
        jdbc.sql("delete from recovery_code where user_id = :userId").param("userId", userId).update();
    }

    private boolean useRecoveryCode(UUID userId, String code) {
        String normalised = code.strip().toLowerCase(Locale.ROOT);
        return jdbc.sql("""
                update recovery_code set used_at = :now
                where user_id = :userId and code_hash = :hash and used_at is null""")
                .param("now", Timestamp.from(clock.instant()))
                .param("userId", userId)
                .param("hash", Sha256.hex(normalised))
                .update() == 1;
    }

    private String newRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET[random.nextInt(RECOVERY_ALPHABET.length)]);
        }
        return code.toString();
    }
}
