package io.shinrai.server.organisation;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations.Settings;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.web.ConflictException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class OrganisationController {

    private final Organisations organisations;

    OrganisationController(Organisations organisations) {
        this.organisations = organisations;
    }

    record SettingsForm(@NotBlank(message = "{validation.required}") @Size(max = 200) String name,
                        boolean advancedTreatmentHospital, boolean criticalInfrastructure,
                        boolean requireTwoFactor) {

        Settings settings() {
            return new Settings(name, advancedTreatmentHospital, criticalInfrastructure, requireTwoFactor);
        }
    }

    @GetMapping("/orgs/{orgId}")
    @OrganisationScoped(OrgRole.VIEWER)
    String overview(@PathVariable UUID orgId,
                    @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole callerRole, Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("callerRole", callerRole);
        return "organisation/overview";
    }

    @GetMapping("/orgs/{orgId}/settings")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String settings(@PathVariable UUID orgId, Model model) {
        Organisation organisation = organisations.get(orgId);
        model.addAttribute("organisation", organisation);
        if (!model.containsAttribute("settingsForm")) {
            model.addAttribute("settingsForm", new SettingsForm(organisation.name(),
                    organisation.advancedTreatmentHospital(), organisation.criticalInfrastructure(),
                    organisation.requireTwoFactor()));
        }
        return "organisation/settings";
    }

    @PostMapping("/orgs/{orgId}/settings")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String saveSettings(@PathVariable UUID orgId, @Valid @ModelAttribute SettingsForm settingsForm,
                        BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                organisations.update(orgId, settingsForm.settings());
                redirect.addFlashAttribute("notice", "organisation.saved");
                return "redirect:/orgs/" + orgId + "/settings";
            } catch (ConflictException conflict) {
                errors.rejectValue("name", conflict.messageKey());
            }
        }
        return settings(orgId, model);
    }
}
