package io.shinrai.server.account;

import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts and the changes people make to their own. */
@Service
public class Accounts {

    private final UserAccountRepository users;
    private final PasswordRules passwords;
    private final TwoFactor twoFactor;
    private final ActivityLog activity;
    private final Clock clock;

    Accounts(UserAccountRepository users, PasswordRules passwords, TwoFactor twoFactor, ActivityLog activity,
             Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.twoFactor = twoFactor;
        this.activity = activity;
        this.clock = clock;
    }

    /** Creates an account whose password the caller has checked with {@link PasswordRules#problemWith}. */
    @Transactional
    public UserAccount create(String email, String displayName, String password, boolean platformAdmin) {
        String normalised = UserAccountRepository.normaliseEmail(email);
        if (users.findByEmail(normalised).isPresent()) {
            throw new ConflictException("account.emailTaken");
        }
        String hash = passwords.hash(password);
        UserAccount user = new UserAccount(UUID.randomUUID(), normalised, displayName.strip(), hash, platformAdmin,
                null, -1, null, 0, clock.instant());
        users.insert(user);
        passwords.remember(user.id(), hash);
        activity.record(user.id(), normalised, null, "account.created", Target.of("user", user.id()), null,
                Map.of("email", normalised, "displayName", user.displayName(), "platformAdmin", platformAdmin));
        return user;
    }

    public UserAccount get(UUID id) {
        return users.find(id).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public void rename(UUID id, String displayName) {
        UserAccount before = get(id);
        users.updateDisplayName(id, displayName.strip());
        activity.record(null, "account.renamed", Target.of("user", id),
                Map.of("displayName", before.displayName()), Map.of("displayName", displayName.strip()));
    }

    /** Sets a new password that has passed the rules, and ends every other session of the person. */
    @Transactional
    public void changePassword(UUID id, String newPassword) {
        passwords.setPassword(id, newPassword);
        users.advanceSessionGeneration(id);
        activity.record(null, "account.password-changed", Target.of("user", id), null, null);
    }

    @Transactional
    public void endAllSessions(UUID id) {
        users.advanceSessionGeneration(id);
        activity.record(null, "account.sessions-ended", Target.of("user", id), null, null);
    }

    @Transactional
    public void recordTwoFactorEnrolled(UUID id) {
        activity.record(null, "two-factor.enrolled", Target.of("user", id), null, null);
    }

    @Transactional
    public List<String> replaceRecoveryCodes(UUID id) {
        List<String> codes = twoFactor.replaceRecoveryCodes(id);
        activity.record(null, "two-factor.recovery-codes-replaced", Target.of("user", id), null, null);
        return codes;
    }

    @Transactional
    public void resetTwoFactor(UUID id) {
        twoFactor.reset(id);
        users.advanceSessionGeneration(id);
        activity.record(null, "two-factor.reset", Target.of("user", id), null, null);
    }
}
