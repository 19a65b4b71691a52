package io.shinrai.server.security;

import io.shinrai.server.account.UserAccountRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** The last step of every sign-in: a new session id, the full authorities, and the session's generation. */
@Component
public class SignInCompletion {

    public static final String SESSION_GENERATION = "shinrai.sessionGeneration";

    private final SecurityContextRepository contexts;
    private final UserAccountRepository users;
    private final SignInAttempts attempts;

    SignInCompletion(SecurityContextRepository contexts, UserAccountRepository users, SignInAttempts attempts) {
        this.contexts = contexts;
        this.users = users;
        this.attempts = attempts;
    }

    /** @param secondFactor whether this sign-in passed the second factor */
    public Authentication complete(SignedInUser user, boolean secondFactor, HttpServletRequest request,
                                   HttpServletResponse response) {
        request.getSession();
        request.changeSessionId();
        Authentication full = UsernamePasswordAuthenticationToken.authenticated(user, null,
                Authorities.signedIn(user, secondFactor));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setAttribute(SESSION_GENERATION, users.sessionGeneration(user.id()).orElseThrow());
        attempts.succeeded(user);
        return full;
    }
}
