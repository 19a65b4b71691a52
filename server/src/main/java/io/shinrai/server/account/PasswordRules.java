package io.shinrai.server.account;

import io.shinrai.server.ShinraiProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Sets passwords the way the guideline asks: long enough, not one of the person's recent passwords, hashed with
 * Argon2id. There is deliberately no expiry: forced periodic change is discouraged.
 */
@Service
public class PasswordRules {

    private final PasswordEncoder encoder;
    private final UserAccountRepository users;
    private final JdbcClient jdbc;
    private final ShinraiProperties.Security security;
    private final Clock clock;

    PasswordRules(PasswordEncoder encoder, UserAccountRepository users, JdbcClient jdbc,
                  ShinraiProperties properties, Clock clock) {
        this.encoder = encoder;
        this.users = users;
        this.jdbc = jdbc;
        this.security = properties.security();
        this.clock = clock;
    }

    /**
     * @param userId the person whose history to check, or null for someone who has no account yet
     * @return the message key of the first rule the password breaks, if any
     */
    public Optional<String> problemWith(String password, String email, UUID userId) {
        if (password == null || password.codePointCount(0, password.length()) < security.passwordMinLength()) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > 256) {
            return Optional.of("password.tooLong");
        }
        if (password.equalsIgnoreCase(email)) {
            return Optional.of("password.sameAsEmail");
        }
        if (userId != null && recentHashes(userId).stream().anyMatch(hash -> encoder.matches(password, hash))) {
            return Optional.of("password.reused");
        }
        return Optional.empty();
    }

    public int minimumLength() {
        return security.passwordMinLength();
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    /** Stores a password that has passed {@link #problemWith} and remembers it in the person's history. */
    public void setPassword(UUID userId, String password) {
        String hash = encoder.encode(password);
        users.updatePasswordHash(userId, hash);
        remember(userId, hash);
    }

    /** Adds a hash to the history of a person just created with it. */
    public void remember(UUID userId, String hash) {
        jdbc.sql("insert into password_history (user_id, password_hash, set_at) values (:userId, :hash, :setAt)")
                .param("userId", userId).param("hash", hash).param("setAt", Timestamp.from(clock.instant()))
                .update();
    }

    private List<String> recentHashes(UUID userId) {
        return jdbc.sql("""
                select password_hash from password_history where user_id = :userId
                order by id desc fetch first :limit rows only""")
                .param("userId", userId).param("limit", security.passwordHistory())
                .query(String.class).list();
    }
}
