package io.shinrai.server.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserAccountRepository {

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UserAccount user) {
        jdbc.sql("""
                insert into user_account (id, email, display_name, password_hash, platform_admin, created_at)
                values (:id, :email, :displayName, :passwordHash, :platformAdmin, :createdAt)""")
                .param("id", user.id())
                .param("email", user.email())
                .param("displayName", user.displayName())
                .param("passwordHash", user.passwordHash())
                .param("platformAdmin", user.platformAdmin())
                .param("createdAt", Timestamp.from(user.createdAt()))
                .update();
    }

    public Optional<UserAccount> find(UUID id) {
        return jdbc.sql("select * from user_account where id = :id").param("id", id)
                .query((row, n) -> fromRow(row)).optional();
    }

    public Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql("select * from user_account where email = :email").param("email", normaliseEmail(email))
                .query((row, n) -> fromRow(row)).optional();
    }

    public List<UserAccount> findAll() {
        return jdbc.sql("select * from user_account order by email").query((row, n) -> fromRow(row)).list();
    }

    public void updateDisplayName(UUID id, String displayName) {
        jdbc.sql("update user_account set display_name = :name where id = :id")
                .param("name", displayName).param("id", id).update();
    }

    public void updatePasswordHash(UUID id, String passwordHash) {
        jdbc.sql("update user_account set password_hash = :hash where id = :id")
                .param("hash", passwordHash).param("id", id).update();
    }

    /**
     * Counts one more failed sign-in and returns the new count. The update locks the row until the transaction
     * ends, so that sign-ins failing at the same moment are all counted.
     */
    public int countFailedLogin(UUID id) {
        jdbc.sql("update user_account set failed_logins = failed_logins + 1 where id = :id").param("id", id).update();
        return jdbc.sql("select failed_logins from user_account where id = :id").param("id", id)
                .query(Integer.class).single();
    }

    /** Locks the account until the given time and starts counting failures afresh. */
    public void lockUntil(UUID id, Instant lockedUntil) {
        jdbc.sql("update user_account set failed_logins = 0, locked_until = :lockedUntil where id = :id")
                .param("lockedUntil", Timestamp.from(lockedUntil)).param("id", id).update();
    }

    public void clearFailedLogins(UUID id) {
        jdbc.sql("update user_account set failed_logins = 0, locked_until = null where id = :id")
                .param("id", id).update();
    }

    public void updateTotp(UUID id, String secret, long lastStep) {
        jdbc.sql("update user_account set totp_secret = :secret, totp_last_step = :lastStep where id = :id")
                .param("secret", secret).param("lastStep", lastStep).param("id", id).update();
    }

    /**
     * Remembers the time step of an accepted code, only if it is later than the one remembered, so that two
     * requests racing with the same code cannot both succeed.
     */
    public boolean advanceTotpStep(UUID id, long step) {
        return jdbc.sql("update user_account set totp_last_step = :step where id = :id and totp_last_step < :step")
                .param("step", step).param("id", id).update() == 1;
    }

    /** Ends every session of the user: sessions remember the generation they started in. */
    public void advanceSessionGeneration(UUID id) {
        jdbc.sql("update user_account set session_generation = session_generation + 1 where id = :id")
                .param("id", id).update();
    }

    public Optional<Integer> sessionGeneration(UUID id) {
        return jdbc.sql("select session_generation from user_account where id = :id").param("id", id)
                .query(Integer.class).optional();
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static UserAccount fromRow(ResultSet row) throws SQLException {
        Timestamp lockedUntil = row.getTimestamp("locked_until");
        return new UserAccount(
                row.getObject("id", UUID.class),
                row.getString("email"),
                row.getString("display_name"),
                row.getString("password_hash"),
                row.getBoolean("platform_admin"),
                row.getString("totp_secret"),
                row.getLong("totp_last_step"),
                lockedUntil == null ? null : lockedUntil.toInstant(),
                row.getInt("session_generation"),
                row.getTimestamp("created_at").toInstant());
    }
}
