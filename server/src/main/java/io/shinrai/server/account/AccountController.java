package io.shinrai.server.account;

import io.shinrai.server.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: name, password, authenticator, recovery codes, sessions. */
@Controller
class AccountController {

    private final Accounts accounts;
    private final PasswordRules passwords;
    private final TwoFactor twoFactor;
    private final TwoFactorEnrolment enrolment;

    AccountController(Accounts accounts, PasswordRules passwords, TwoFactor twoFactor,
                      TwoFactorEnrolment enrolment) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.twoFactor = twoFactor;
        this.enrolment = enrolment;
    }

    record ProfileForm(@NotBlank(message = "{validation.required}") @Size(max = 200) String displayName) {
    }

    record PasswordForm(@NotBlank(message = "{validation.required}") String currentPassword,
                        @NotBlank(message = "{validation.required}") String newPassword,
                        String confirmation) {
    }

    @GetMapping("/account")
    String show(@AuthenticationPrincipal SignedInUser user, Model model) {
        UserAccount account = accounts.get(user.id());
        model.addAttribute("account", account);
        model.addAttribute("recoveryCodesLeft", twoFactor.unusedRecoveryCodes(user.id()));
        model.addAttribute("minimumLength", passwords.minimumLength());
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute("profileForm", new ProfileForm(account.displayName()));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        }
        return "account/account";
    }

    @PostMapping("/account/profile")
    String rename(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute ProfileForm profileForm,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(user, model);
        }
        accounts.rename(user.id(), profileForm.displayName());
        redirect.addFlashAttribute("notice", "account.profileSaved");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute PasswordForm passwordForm,
                          BindingResult errors, Model model, HttpServletRequest request) {
        UserAccount account = accounts.get(user.id());
        if (!errors.hasFieldErrors("currentPassword")
                && !passwords.matches(passwordForm.currentPassword(), account.passwordHash())) {
            errors.rejectValue("currentPassword", "password.currentWrong");
        }
        if (!errors.hasFieldErrors("newPassword")) {
            passwords.problemWith(passwordForm.newPassword(), account.email(), account.id())
                    .ifPresent(problem -> errors.rejectValue("newPassword", problem,
                            new Object[] {passwords.minimumLength()}, null));
        }
        if (!errors.hasFieldErrors("newPassword") && !passwordForm.newPassword().equals(passwordForm.confirmation())) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
        if (errors.hasErrors()) {
            return show(user, model);
        }
        accounts.changePassword(user.id(), passwordForm.newPassword());
        request.getSession().invalidate();
        return "redirect:/login?passwordChanged";
    }

    @GetMapping("/account/two-factor")
    String twoFactorSetup(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
        model.addAttribute("setup", enrolment.prepare(request.getSession(), user.email()));
        return "account/two-factor-setup";
    }

    @PostMapping("/account/two-factor")
    String confirmTwoFactor(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String code,
                            HttpServletRequest request, Model model) {
        List<String> recoveryCodes = enrolment.confirm(request.getSession(), user.id(), code);
        if (recoveryCodes.isEmpty()) {
            model.addAttribute("codeRejected", true);
            return twoFactorSetup(user, request, model);
        }
        accounts.recordTwoFactorEnrolled(user.id());
        RecoveryCodesOnce.keep(request.getSession(), recoveryCodes);
        return "redirect:/account/recovery-codes";
    }

    @PostMapping("/account/recovery-codes")
    String newRecoveryCodes(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
        RecoveryCodesOnce.keep(request.getSession(), accounts.replaceRecoveryCodes(user.id()));
        return "redirect:/account/recovery-codes";
    }

    @GetMapping("/account/recovery-codes")
    String showRecoveryCodes(HttpServletRequest request, Model model) {
        List<String> codes = RecoveryCodesOnce.take(request.getSession());
        if (codes.isEmpty()) {
            return "redirect:/account";
        }
        model.addAttribute("recoveryCodes", codes);
        return "account/recovery-codes";
    }

    @PostMapping("/account/sessions/end-all")
    String endAllSessions(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
        accounts.endAllSessions(user.id());
        request.getSession().invalidate();
        return "redirect:/login?loggedOutEverywhere";
    }
}
