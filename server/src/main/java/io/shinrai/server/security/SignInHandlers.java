package io.shinrai.server.security;

import io.shinrai.server.account.UserAccount;
import io.shinrai.server.account.UserAccountRepository;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Where the browser goes after the password step, and after the whole sign-in. */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final SignInCompletion completion;
    private final UserAccountRepository users;
    private final SavedRequestAwareAuthenticationSuccessHandler toRequestedPage =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SignInHandlers(SignInCompletion completion, UserAccountRepository users) {
        this.completion = completion;
        this.users = users;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        SignedInUser user = (SignedInUser) authentication.getPrincipal();
        if (Authorities.has(authentication, Authorities.PENDING_SECOND_FACTOR)) {
            boolean enrolled = users.find(user.id()).map(UserAccount::hasTwoFactor).orElse(false);
            response.sendRedirect(request.getContextPath()
                    + (enrolled ? "/login/two-factor" : "/login/two-factor/setup"));
            return;
        }
        continueToRequestedPage(user, false, request, response);
    }

    void continueToRequestedPage(SignedInUser user, boolean secondFactor, HttpServletRequest request,
                                 HttpServletResponse response) throws IOException, ServletException {
        Authentication full = completion.complete(user, secondFactor, request, response);
        toRequestedPage.onAuthenticationSuccess(request, response, full);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = exception instanceof LockedException ? "locked" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
