package io.shinrai.server.security;

import io.shinrai.server.account.PasswordRules;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.account.UserAccountRepository;
import io.shinrai.server.organisation.OrganisationRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The first step of signing in. When a second factor is needed (enrolled, demanded by one of the person's
 * organisations, or a platform admin) the result only opens the two-factor pages.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final PasswordRules passwords;
    private final SignInAttempts attempts;
    /** Compared against when the account does not exist, so that timing does not tell which emails exist. */
    private final String decoyHash;

    PasswordSignIn(UserAccountRepository users, OrganisationRepository organisations, PasswordRules passwords,
                   SignInAttempts attempts) {
        this.users = users;
        this.organisations = organisations;
        this.passwords = passwords;
        this.attempts = attempts;
        this.decoyHash = passwords.hash("decoy password that nobody has");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String email = UserAccountRepository.normaliseEmail(request.getName());
        String password = String.valueOf(request.getCredentials());
        Optional<UserAccount> found = users.findByEmail(email);
        if (found.isEmpty()) {
            passwords.matches(password, decoyHash);
            attempts.unknownAccount(email);
            throw new BadCredentialsException("unknown account");
        }
        UserAccount user = found.get();
        if (attempts.isLocked(user)) {
            throw new LockedException("locked until " + user.lockedUntil());
        }
        if (!passwords.matches(password, user.passwordHash())) {
            attempts.failed(user, "password");
            throw new BadCredentialsException("wrong password");
        }
        SignedInUser principal = new SignedInUser(user.id(), user.email(), user.displayName(), user.platformAdmin());
        if (needsSecondFactor(user)) {
            return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    List.of(new SimpleGrantedAuthority(Authorities.PENDING_SECOND_FACTOR)));
        }
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, Authorities.signedIn(principal));
    }

    private boolean needsSecondFactor(UserAccount user) {
        return user.hasTwoFactor() || user.platformAdmin() || organisations.anyRequiresTwoFactorFor(user.id());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
