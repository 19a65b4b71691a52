package io.shinrai.server.platform;

import io.shinrai.server.account.Accounts;
import io.shinrai.server.account.UserAccountRepository;
import io.shinrai.server.activity.ActivityFilter;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.membership.Invitations;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.organisation.OrganisationRepository;
import io.shinrai.server.organisation.Organisations.Settings;
import io.shinrai.server.security.SignInAttempts;
import io.shinrai.server.security.SignedInUser;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform admin runs the installation: creates organisations with their first admin, and helps people who
 * are locked out. They do not see inside organisations they are not a member of.
 */
@Controller
class PlatformController {

    private final Onboarding onboarding;
    private final OrganisationRepository organisationRepository;
    private final Invitations invitations;
    private final UserAccountRepository users;
    private final Accounts accounts;
    private final SignInAttempts attempts;
    private final ActivityLog activity;
    private final Clock clock;

    PlatformController(Onboarding onboarding, OrganisationRepository organisationRepository,
                       Invitations invitations, UserAccountRepository users, Accounts accounts,
                       SignInAttempts attempts, ActivityLog activity, Clock clock) {
        this.onboarding = onboarding;
        this.organisationRepository = organisationRepository;
        this.invitations = invitations;
        this.users = users;
        this.accounts = accounts;
        this.attempts = attempts;
        this.activity = activity;
        this.clock = clock;
    }

    record NewOrganisationForm(@NotBlank(message = "{validation.required}") @Size(max = 200) String name,
                               @NotNull(message = "{validation.required}") OrganisationKind kind,
                               boolean advancedTreatmentHospital, boolean criticalInfrastructure,
                               boolean requireTwoFactor,
                               @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
                               String adminEmail) {
    }

    @GetMapping("/platform/organisations")
    String organisations(Model model) {
        model.addAttribute("organisations", organisationRepository.findAll());
        model.addAttribute("kinds", OrganisationKind.values());
        if (!model.containsAttribute("newOrganisationForm")) {
            model.addAttribute("newOrganisationForm",
                    new NewOrganisationForm("", OrganisationKind.HOSPITAL, false, false, true, ""));
        }
        return "platform/organisations";
    }

    @PostMapping("/platform/organisations")
    String create(@AuthenticationPrincipal SignedInUser admin, @Valid @ModelAttribute NewOrganisationForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Invitations.Issued invitation = onboarding.createOrganisation(form.kind(), new Settings(form.name(),
                        form.advancedTreatmentHospital(), form.criticalInfrastructure(), form.requireTwoFactor()),
                        form.adminEmail(), admin.id()).adminInvitation();
                redirect.addFlashAttribute("invitationLink", invitation.link());
                redirect.addFlashAttribute("invitedEmail", invitation.invitation().email());
                return "redirect:/platform/organisations";
            } catch (ConflictException conflict) {
                errors.rejectValue("name", conflict.messageKey());
            }
        }
        model.addAttribute("newOrganisationForm", form);
        return organisations(model);
    }

    @GetMapping("/platform/users")
    String users(Model model) {
        model.addAttribute("users", users.findAll());
        model.addAttribute("now", clock.instant());
        return "platform/users";
    }

    @PostMapping("/platform/users/{userId}/unlock")
    String unlock(@PathVariable UUID userId, RedirectAttributes redirect) {
        attempts.unlock(users.find(userId).orElseThrow(NotFoundException::new), null);
        redirect.addFlashAttribute("notice", "member.unlocked");
        return "redirect:/platform/users";
    }

    @PostMapping("/platform/users/{userId}/reset-two-factor")
    String resetTwoFactor(@PathVariable UUID userId, RedirectAttributes redirect) {
        accounts.resetTwoFactor(accounts.get(userId).id());
        redirect.addFlashAttribute("notice", "platform.twoFactorReset");
        return "redirect:/platform/users";
    }

    @GetMapping("/platform/activity")
    String activity(Model model) {
        model.addAttribute("entries", activity.forPlatform(ActivityFilter.none()));
        model.addAttribute("zone", ActivityLog.DISPLAY_ZONE);
        return "platform/activity";
    }
}
