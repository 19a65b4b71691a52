package io.shinrai.server.security;

import io.shinrai.server.account.UserAccountRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that started before the person's last "log out everywhere" (or before an admin ended their
 * sessions): each session remembers the account's session generation at sign-in.
 */
class SessionGenerationFilter extends OncePerRequestFilter {

    private final UserAccountRepository users;

    SessionGenerationFilter(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && Authorities.has(authentication, Authorities.USER)) {
            Object started = session.getAttribute(SignInCompletion.SESSION_GENERATION);
            Integer current = users.sessionGeneration(user.id()).orElse(null);
            if (current == null || !Objects.equals(started, current)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
