package io.shinrai.server.security;

import io.shinrai.server.ShinraiProperties;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.account.UserAccountRepository;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins (wrong password or wrong second factor) and locks the account for a while after too many;
 * an admin can lift the lock sooner.
 */
@Service
public class SignInAttempts {

    private final UserAccountRepository users;
    private final ActivityLog activity;
    private final ShinraiProperties.Security rules;
    private final Clock clock;

    SignInAttempts(UserAccountRepository users, ActivityLog activity, ShinraiProperties properties, Clock clock) {
        this.users = users;
        this.activity = activity;
        this.rules = properties.security();
        this.clock = clock;
    }

    public boolean isLocked(UserAccount user) {
        return user.lockedAt(clock.instant());
    }

    @Transactional
    public void failed(UserAccount user, String step) {
        activity.record(user.id(), user.email(), null, "login.failed", Target.of("user", user.id()),
                null, Map.of("step", step));
        if (users.countFailedLogin(user.id()) >= rules.lockoutThreshold()) {
            Instant lockedUntil = clock.instant().plus(rules.lockoutDuration());
            users.lockUntil(user.id(), lockedUntil);
            activity.record(user.id(), user.email(), null, "account.locked", Target.of("user", user.id()),
                    null, Map.of("lockedUntil", lockedUntil.toString()));
        }
    }

    @Transactional
    public void unknownAccount(String email) {
        activity.record(null, email, null, "login.failed", null, null, Map.of("step", "unknown-account"));
    }

    @Transactional
    public void succeeded(SignedInUser user) {
        users.clearFailedLogins(user.id());
        activity.record(user.id(), user.email(), null, "login", Target.of("user", user.id()), null, null);
    }

    @Transactional
    public void loggedOut(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            activity.record(user.id(), user.email(), null, "logout", Target.of("user", user.id()), null, null);
        }
    }

    /** An admin lifts a lock before it runs out. */
    @Transactional
    public void unlock(UserAccount user, UUID organisationId) {
        users.clearFailedLogins(user.id());
        activity.record(organisationId, "account.unlocked", Target.of("user", user.id()),
                Map.of("lockedUntil", String.valueOf(user.lockedUntil())), null);
    }
}
