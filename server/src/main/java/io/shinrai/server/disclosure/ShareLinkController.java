package io.shinrai.server.disclosure;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.security.SignedInUser;
import io.shinrai.server.web.ConflictException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Publishers make links to their published disclosures and revoke them, on the disclosure's page. */
@Controller
class ShareLinkController {

    private final ShareLinks links;

    ShareLinkController(ShareLinks links) {
        this.links = links;
    }

    record LinkForm(@NotBlank @Size(max = 200) String label,
                    @NotNull @Min(1) @Max(ShareLinks.LONGEST_DAYS) Integer days) {
    }

    @PostMapping("/orgs/{orgId}/disclosures/{disclosureId}/links")
    @OrganisationScoped(OrgRole.REVIEWER)
    String create(@PathVariable UUID orgId, @PathVariable UUID disclosureId, @AuthenticationPrincipal SignedInUser user,
                  @Valid @ModelAttribute LinkForm linkForm, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("problem", "shareLink.formProblem");
            return redirectTo(orgId, disclosureId);
        }
        try {
            ShareLinks.Created created = links.create(orgId, disclosureId, linkForm.label().strip(), linkForm.days(),
                    user.id());
            redirect.addFlashAttribute("createdLinkUrl", created.url());
            redirect.addFlashAttribute("createdLinkLabel", created.link().label());
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("problem", conflict.messageKey());
        }
        return redirectTo(orgId, disclosureId);
    }

    @PostMapping("/orgs/{orgId}/disclosures/{disclosureId}/links/{linkId}/revoke")
    @OrganisationScoped(OrgRole.REVIEWER)
    String revoke(@PathVariable UUID orgId, @PathVariable UUID disclosureId, @PathVariable UUID linkId,
                  @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        links.revoke(orgId, disclosureId, linkId, user.id());
        redirect.addFlashAttribute("notice", "shareLink.revoked");
        return redirectTo(orgId, disclosureId);
    }

    private static String redirectTo(UUID orgId, UUID disclosureId) {
        return "redirect:/orgs/" + orgId + "/disclosures/" + disclosureId;
    }
}
