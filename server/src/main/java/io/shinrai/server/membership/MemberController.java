package io.shinrai.server.membership;

import io.shinrai.server.account.UserAccountRepository;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.security.SignInAttempts;
import io.shinrai.server.security.SignedInUser;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member list of an organisation, roles, invitations and unlocking. */
@Controller
class MemberController {

    private final Organisations organisations;
    private final Memberships memberships;
    private final Invitations invitations;
    private final UserAccountRepository users;
    private final SignInAttempts attempts;
    private final Clock clock;

    MemberController(Organisations organisations, Memberships memberships, Invitations invitations,
                     UserAccountRepository users, SignInAttempts attempts, Clock clock) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.invitations = invitations;
        this.users = users;
        this.attempts = attempts;
        this.clock = clock;
    }

    record InvitationForm(@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
                          String email,
                          @NotNull(message = "{validation.required}") OrgRole role) {
    }

    @GetMapping("/orgs/{orgId}/members")
    @OrganisationScoped(OrgRole.VIEWER)
    String members(@PathVariable UUID orgId, @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role,
                   Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("members", memberships.members(orgId));
        model.addAttribute("roles", OrgRole.values());
        model.addAttribute("now", clock.instant());
        boolean admin = role == OrgRole.ORG_ADMIN;
        model.addAttribute("canManage", admin);
        if (admin) {
            model.addAttribute("openInvitations", invitations.open(orgId));
            if (!model.containsAttribute("invitationForm")) {
                model.addAttribute("invitationForm", new InvitationForm("", OrgRole.VIEWER));
            }
        }
        return "organisation/members";
    }

    @PostMapping("/orgs/{orgId}/invitations")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String invite(@PathVariable UUID orgId, @AuthenticationPrincipal SignedInUser user,
                  @Valid @ModelAttribute InvitationForm invitationForm, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var issued = invitations.invite(orgId, invitationForm.email(), invitationForm.role(), user.id());
                redirect.addFlashAttribute("invitationLink", issued.link());
                redirect.addFlashAttribute("invitedEmail", issued.invitation().email());
                return "redirect:/orgs/" + orgId + "/members";
            } catch (ConflictException conflict) {
                errors.rejectValue("email", conflict.messageKey());
            }
        }
        return members(orgId, OrgRole.ORG_ADMIN, model);
    }

    @PostMapping("/orgs/{orgId}/members/{userId}/role")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String changeRole(@PathVariable UUID orgId, @PathVariable UUID userId, @RequestParam OrgRole role,
                      RedirectAttributes redirect) {
        return afterChange(orgId, redirect, () -> memberships.changeRole(orgId, userId, role), "member.roleChanged");
    }

    @PostMapping("/orgs/{orgId}/members/{userId}/remove")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String remove(@PathVariable UUID orgId, @PathVariable UUID userId, RedirectAttributes redirect) {
        return afterChange(orgId, redirect, () -> memberships.remove(orgId, userId), "member.removedNotice");
    }

    @PostMapping("/orgs/{orgId}/members/{userId}/unlock")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String unlock(@PathVariable UUID orgId, @PathVariable UUID userId, RedirectAttributes redirect) {
        memberships.member(orgId, userId);
        return afterChange(orgId, redirect,
                () -> attempts.unlock(users.find(userId).orElseThrow(NotFoundException::new), orgId),
                "member.unlocked");
    }

    private static String afterChange(UUID orgId, RedirectAttributes redirect, Runnable change, String notice) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("problem", conflict.messageKey());
        }
        return "redirect:/orgs/" + orgId + "/members";
    }
}
