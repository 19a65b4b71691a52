package io.shinrai.server.membership;

import io.shinrai.server.account.PasswordRules;
import io.shinrai.server.account.UserAccountRepository;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.SignedInUser;
import io.shinrai.server.web.ConflictException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Where an invitation link leads. A newcomer chooses a name and password; someone who already has an account with
 * the invited email signs in and accepts.
 */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final Organisations organisations;
    private final UserAccountRepository users;
    private final PasswordRules passwords;

    InvitationController(Invitations invitations, Organisations organisations, UserAccountRepository users,
                         PasswordRules passwords) {
        this.invitations = invitations;
        this.organisations = organisations;
        this.users = users;
        this.passwords = passwords;
    }

    record NewcomerForm(@NotBlank(message = "{validation.required}") @Size(max = 200) String displayName,
                        @NotBlank(message = "{validation.required}") String password,
                        String confirmation) {
    }

    @GetMapping("/invitations/{token}")
    String show(@PathVariable String token, @AuthenticationPrincipal Object principal, Model model) {
        Optional<Invitation> invitation = invitations.findOpen(token);
        if (invitation.isEmpty()) {
            return "invitation/expired";
        }
        model.addAttribute("invitation", invitation.get());
        model.addAttribute("organisation", organisations.get(invitation.get().organisationId()));
        model.addAttribute("minimumLength", passwords.minimumLength());
        boolean hasAccount = users.findByEmail(invitation.get().email()).isPresent();
        model.addAttribute("hasAccount", hasAccount);
        model.addAttribute("signedInAsInvitee", principal instanceof SignedInUser user
                && user.email().equals(invitation.get().email()));
        if (!model.containsAttribute("newcomerForm")) {
            model.addAttribute("newcomerForm", new NewcomerForm("", "", ""));
        }
        return "invitation/accept";
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @AuthenticationPrincipal Object principal,
                  @Valid @ModelAttribute NewcomerForm newcomerForm, BindingResult errors, Model model) {
        Optional<Invitation> found = invitations.findOpen(token);
        if (found.isEmpty()) {
            return "invitation/expired";
        }
        Invitation invitation = found.get();
        if (users.findByEmail(invitation.email()).isPresent()) {
            return acceptAsMember(invitation, principal, token);
        }
        if (!errors.hasFieldErrors("password")) {
            passwords.problemWith(newcomerForm.password(), invitation.email(), null)
                    .ifPresent(problem -> errors.rejectValue("password", problem,
                            new Object[] {passwords.minimumLength()}, null));
        }
        if (!errors.hasFieldErrors("password") && !newcomerForm.password().equals(newcomerForm.confirmation())) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
        if (errors.hasErrors()) {
            return show(token, principal, model);
        }
        try {
            invitations.acceptAsNewcomer(invitation, newcomerForm.displayName(), newcomerForm.password());
        } catch (ConflictException used) {
            return "invitation/expired";
        }
        return "redirect:/login?joined";
    }

    private String acceptAsMember(Invitation invitation, Object principal, String token) {
        if (!(principal instanceof SignedInUser user) || !user.email().equals(invitation.email())) {
            return "redirect:/invitations/" + token;
        }
        try {
            invitations.acceptAsMember(invitation, user.id(), user.email());
        } catch (ConflictException used) {
            return "invitation/expired";
        }
        return "redirect:/orgs/" + invitation.organisationId();
    }
}
