package io.shinrai.server.security;

import io.shinrai.server.account.Accounts;
import io.shinrai.server.account.RecoveryCodesOnce;
import io.shinrai.server.account.TwoFactor;
import io.shinrai.server.account.TwoFactorEnrolment;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.account.UserAccountRepository;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second step of signing in: a code from the authenticator, or setting one up when it is demanded. */
@Controller
class TwoFactorSignInController {

    private final UserAccountRepository users;
    private final TwoFactor twoFactor;
    private final TwoFactorEnrolment enrolment;
    private final SignInAttempts attempts;
    private final SignInHandlers handlers;
    private final SignInCompletion completion;
    private final Accounts accounts;

    TwoFactorSignInController(UserAccountRepository users, TwoFactor twoFactor, TwoFactorEnrolment enrolment,
                              SignInAttempts attempts, SignInHandlers handlers, SignInCompletion completion,
                              Accounts accounts) {
        this.users = users;
        this.twoFactor = twoFactor;
        this.enrolment = enrolment;
        this.attempts = attempts;
        this.handlers = handlers;
        this.completion = completion;
        this.accounts = accounts;
    }

    @GetMapping("/login/two-factor")
    String codeForm() {
        return "login/two-factor";
    }

    @PostMapping("/login/two-factor")
    String verify(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String code,
                  HttpServletRequest request, HttpServletResponse response, Model model)
            throws IOException, ServletException {
        UserAccount account = users.find(user.id()).orElseThrow();
        if (attempts.isLocked(account)) {
            return abandon(request, "locked");
        }
        if (twoFactor.verify(account, code)) {
            handlers.continueToRequestedPage(user, true, request, response);
            return null;
        }
        attempts.failed(account, "second-factor");
        if (attempts.isLocked(users.find(user.id()).orElseThrow())) {
            return abandon(request, "locked");
        }
        model.addAttribute("codeRejected", true);
        return "login/two-factor";
    }

    @GetMapping("/login/two-factor/setup")
    String setupForm(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
        model.addAttribute("setup", enrolment.prepare(request.getSession(), user.email()));
        return "login/two-factor-setup";
    }

    @PostMapping("/login/two-factor/setup")
    String confirmSetup(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String code,
                        HttpServletRequest request, HttpServletResponse response, Model model) {
        List<String> recoveryCodes = enrolment.confirm(request.getSession(), user.id(), code);
        if (recoveryCodes.isEmpty()) {
            model.addAttribute("setup", enrolment.prepare(request.getSession(), user.email()));
            model.addAttribute("codeRejected", true);
            return "login/two-factor-setup";
        }
        accounts.recordTwoFactorEnrolled(user.id());
        completion.complete(user, true, request, response);
        RecoveryCodesOnce.keep(request.getSession(), recoveryCodes);
        return "redirect:/account/recovery-codes";
    }

    private static String abandon(HttpServletRequest request, String reason) {
        SecurityContextHolder.clearContext();
        request.getSession().invalidate();
        return "redirect:/login?" + reason;
    }
}
